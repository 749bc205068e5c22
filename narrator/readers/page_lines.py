"""Short lines of a page's own that its story does not need, in the shapes and languages that
`narrator.readers.boilerplate`'s promotions do not cover: where the story came from ("Quelle:
Frankfurter Rundschau", "Источник: ..."), a call to follow a channel on a messaging app, the
labels of a page's boxes ("Más información", "Archivado en"), a call for donations and one to
rate the page."""

from __future__ import annotations

import re

__all__ = ["is_page_line"]

_MAX_WORDS = 40
_PAGE_LINE = re.compile(
    # The story's source as a label and a name, not a sentence: "Quelle: F.A.Z.", "Fonte: Ansa".
    r"^(?:quelle|source|fuente|fonte|источник)\s*:\s*[^.!?]{1,60}\.?$"
    # "📲 Participe do canal do g1 no WhatsApp", "Join our WhatsApp channel".
    r"|^(?=.{0,80}\b(?:whatsapp|telegram)\b)\W*(?:participe|entre|siga|join|follow|[úu]nete"
    r"|suivez)\b.{0,40}\b(?:canal|channel|cha[îi]ne)\b"
    # The label of a box of links or of a story's tags: "Más información", "Archivado en",
    # Russian "more news".
    r"|^(?:m[áa]s informaci[óo]n|archivado en|ещ[её] новости)$"
    # A call for donations: "Local journalism needs your support. ... Donate today.", Russian
    # "support us", "make a (monthly) donation".
    r"|\b(?:journalism|newsroom|reporting) needs? your (?:support|help)\b"
    r"|\bdonate (?:today|now)\.?$"
    r"|^поддержите нас$"
    r"|\b(?:оформите|сделайте)\b.{0,20}\bпожертвовани"  # noqa: RUF001
    # A call to rate what was read, with its stars: "¿Te ha gustado esta receta? Puntúala: ★★★★★".
    r"|[\u2605\u2606]{3,}$",
    re.IGNORECASE,
)


def is_page_line(text: str) -> bool:
    """Whether a short line is the page's own (a source, a channel, a box's label, an appeal)."""
    return len(text.split()) <= _MAX_WORDS and bool(_PAGE_LINE.search(text))
