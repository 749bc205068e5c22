"""The lines that close a release or a journal's news piece and point to other documents: the
paper's citation ("Reference: Solberg, H. et al. Proc. R. Soc. B 293, 20261544 (2026)."), a
link to the release as a file ("Descarga el comunicado en PDF", "Download the full report
(PDF, 2.4 MB)") and the press office's line with its mail ("Gabinete de Prensa:
prensa@… · 983 000 111"): for the eye, not read."""

from __future__ import annotations

import re

__all__ = ["is_document_line"]

_CITATION = re.compile(
    r"^(?:references?|r\u00e9f\u00e9rences?|referencias?|referenz(?:en)?|riferiment[oi]"
    r"|refer\u00eancias?|citations?|cita|zitat|paper|original paper)\s*:\s*.{0,160}"
    r"(?:\bet al\.|\bdoi\b|\(\d{4}\)\.?\s*$)",
    re.IGNORECASE,
)
"""A paper's citation: its label, then its authors ("et al."), its DOI or its year in brackets
at the end."""
_FILE_LINK = re.compile(
    r"^(?:download|descarga|descargar|t\u00e9l\u00e9charger|scarica|baixe|baixar|herunterladen)"
    r"\b[^.!?]{0,60}\bpdf\b[^.!?]{0,20}$",
    re.IGNORECASE,
)
_PRESS_OFFICE = re.compile(
    r"^(?:ufficio stampa|press office|pressestelle|service de presse|gabinete de (?:prensa"
    r"|comunicaci\u00f3n|comunica\u00e7\u00e3o)|oficina de prensa|assessoria de imprensa"
    r"|\u043f\u0440\u0435\u0441\u0441-\u0441\u043b\u0443\u0436\u0431\u0430)\s*:.{0,40}"
    r"[\w.+-]+@[\w-]+\.\w",
    re.IGNORECASE,
)
_MAX_CHARS = 240


def is_document_line(line: str) -> bool:
    """Whether a stripped line is a citation, a link to a PDF or a press office's mail line."""
    if len(line) > _MAX_CHARS or (":" not in line and "pdf" not in line.lower()):
        return False
    return any(pattern.match(line) for pattern in (_CITATION, _FILE_LINK, _PRESS_OFFICE))
