"""A page's box that asks the reader to act: a heading, a short pitch and the button that acts
("Enroll in STEP" over "Enroll in the Smart Traveler Enrollment Program to receive messages …"
over "Enroll now"; "Gostas do Verde Escuro?" over "O podcast é independente … Torna-te apoiante
a partir de 3 euros por mês." over "Apoiar no Patreon"). The extraction keeps the heading and
the pitch and drops the button, so the box is read as the story's last section; by its shape
in the page it goes before. A story's own part ends with no such button, and has more words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["is_call_box"]

_BOX_TAGS = frozenset({"div", "section", "aside"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5"})
_MAX_PITCH_PARAGRAPHS = 2
_MAX_PITCH_WORDS = 45
_MAX_CALL_WORDS = 5
_MIN_PARTS = 3  # a heading, a pitch, a call
_CALL = re.compile(
    r"(?:enrol+|sign up|register|subscribe|join|donate|give|support|become|apoi[ae]r?|assin[ae]"
    r"|subscrev[ae]|inscrev[ae]|doe|suscr[\u00edi]bete|\u00fanete|hazte|dona|apoya"
    r"|abonnez|soutenez|adh\u00e9rez|faire un don|inscrivez|iscriviti|sostieni|abbonati|dona"
    r"|unterst\u00fctzen|spenden|abonnieren|mitglied werden|jetzt"
    r"|\u043f\u043e\u0434\u043f\u0438\u0441\w*|\u043f\u043e\u0434\u0434\u0435\u0440\u0436\w*)"
    r"\b.*",
    re.IGNORECASE,
)


def is_call_box(element: HtmlElement) -> bool:
    """Whether `element` is a box of a heading, a short pitch and a call's button (see above)."""
    if element.tag not in _BOX_TAGS:
        return False
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) < _MIN_PARTS or children[0].tag not in _HEADINGS:
        return False
    pitch, call = children[1:-1], children[-1]
    if len(pitch) > _MAX_PITCH_PARAGRAPHS or any(part.tag != "p" for part in pitch):
        return False
    if sum(len(part.text_content().split()) for part in pitch) > _MAX_PITCH_WORDS:
        return False
    said = " ".join(call.text_content().split())
    return (
        call.tag in ("a", "button")
        and 0 < len(said.split()) <= _MAX_CALL_WORDS
        and bool(_CALL.fullmatch(said))
    )
