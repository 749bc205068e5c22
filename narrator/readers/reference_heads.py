"""A post's closing list of the works it cites, under its heading ("References" over "Ballerini,
M. et al. (2008). Interaction ruling animal collective behavior."): the sources a science blog
or an explainer lists for its reader to look up, not read aloud (the listener cannot follow a
journal's volume and pages). Only a heading over lists goes: one over a paragraph that tells of
the sources is the author's own words and stays.
"""

from __future__ import annotations

import re

__all__ = ["is_reference_head"]

_REFERENCES = re.compile(
    r"(?:references|bibliography|works cited|literature cited|sources(?: and further reading)?"
    r"|literatur(?:verzeichnis)?|quellen|bibliographie|r\u00e9f\u00e9rences bibliographiques"
    r"|bibliograf\u00eda|referencias bibliogr\u00e1ficas|bibliografia|riferimenti bibliografici"
    r"|refer\u00eancias bibliogr\u00e1ficas"
    # "Список литературы", "Литература"
    r"|(?:\u0441\u043f\u0438\u0441\u043e\u043a )?"
    r"\u043b\u0438\u0442\u0435\u0440\u0430\u0442\u0443\u0440[\u0430\u044b])"
    r"\s*:?",
    re.IGNORECASE,
)
"""The heading of a list of works cited, in the languages read: "References", "Bibliografía"."""


def is_reference_head(heading: str) -> bool:
    """Whether `heading` names a list of the works a post cites: "References", "Sources"."""
    return bool(_REFERENCES.fullmatch(heading.strip()))
