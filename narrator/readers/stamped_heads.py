"""A notice's head as a body's website shows it, pasted: the body's name over its headline, and
the headline over its posting stamp with the page's labels beside it.

- "Millbrook Volunteer Fire Company, Station 47" (or "МЧС России — Главное управление по
  Приморскому краю", "112 Canarias · Dirección General de Emergencias", a park's "National
  Park Service" over its name, then "Alerts In Effect") in blocks over the headline, alone in
  its block, over a block that opens with the stamp: the headline is the title, the names over
  it are not read
- under the title, the stamp's block with the page's labels: "Publicado el 6 de diciembre de
  2026, 13:20 h" beside "Nota de prensa | Emergencias", "Closure" over "Updated December 6,
  2026", "Product recall information notice" over "Reference: FSA-PRIN-88-2026" over "Last
  updated: 5 December 2026"; none of its lines is read
"""

from __future__ import annotations

import re

from narrator.readers.greetings import is_headline
from narrator.readers.service_lines import is_issue_stamp
from narrator.readers.stamps import is_stamp
from narrator.readers.trailers import is_page_frame

__all__ = ["from_stamped_headline", "without_issuer_block", "without_stamp_block"]

_MAX_NAME_BLOCKS = 3
_MAX_NAME_LINES = 3
_MAX_LABEL_WORDS = 6
_MAX_STAMP_LABEL_WORDS = 2
_MAX_ISSUER_WORDS = 12
_ENDS = re.compile(r"[.!?;,:]$")
_NAME = re.compile(
    r"^[A-Z\u0410-\u042f\u0401][\w'\u2019.-]+(?: [A-Z\u0410-\u042f\u0401][\w'\u2019.-]+){1,2}$"
)
"""A person's name, a byline's without its "By": "Jane Doe", "Иван Петров"."""
_WRITER = re.compile(r"^(?:by|von|par|por|di|de|da|от|автор)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
_SMALL_WORDS = frozenset(
    [
        "of",
        "the",
        "for",
        "and",
        "in",
        "on",
        "at",
        "de",
        "del",
        "la",
        "le",
        "les",
        "des",
        "du",
        "di",
        "da",
        "do",
        "y",
        "e",
        "et",
        "und",
        "der",
        "die",
        "das",
        "für",
        "von",
        "по",
        "и",
        "в",
        "на",
    ]
)
_BODY = re.compile(
    r"\b(?:compan|service|department|council|authorit|agenc|office|ministr|police|fire|rescue"
    r"|park|cooperative|association|societ|universit|college|school|hospital|church|museum"
    r"|library|station|federation|commission|board|court|government|county|district|institut"
    r"|foundation|bureau|administration|direcci[óo]n|ayuntamiento|gobierno|consejer[íi]a"
    r"|emergencias|protecci[óo]n|comune|regione|protezione|prefettura|ministero|mairie"
    r"|pr[ée]fecture|gendarmerie|polizei|feuerwehr|landkreis|stadtwerke|c[âa]mara|prefeitura"
    r"|governo|bombeiros|\u0443\u043f\u0440\u0430\u0432\u043b\u0435\u043d"
    r"|\u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0446"
    r"|\u043c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432"
    r"|\u043f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432"
    r"|\u0441\u043b\u0443\u0436\u0431)",
    re.IGNORECASE,
)
"""A word that names a public body or a service: "Fire Company", "National Park Service",
"Dirección General de Emergencias", "Главное управление"."""
_PATH = re.compile(r"\s[|/\u00b7>\u203a\u2022]\s|^[\w ]{2,30}: \S+$")
"""Labels apart by a bar or a slash ("Nota de prensa | Emergencias"), or a label's value."""
_LABEL_VALUE = re.compile(r"^[\w ]{2,30}: \S+$")
"""A page's label and its one value: "Reference: FSA-PRIN-88-2026"."""


def _blocks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """The blocks of `lines` apart by blank lines, each with the index of its first line."""
    blocks: list[tuple[int, list[str]]] = []
    start: int | None = None
    for i, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = i
        elif not line.strip() and start is not None:
            blocks.append((start, [text.strip() for text in lines[start:i]]))
            start = None
    return blocks


def _opens_with_stamp(block: list[str]) -> bool:
    """Whether a block opens with a posting stamp, or with a word's label over it ("Closure")."""
    if is_stamp(block[0]):
        return True
    labelled = len(block) > 1 and len(block[0].split()) <= _MAX_STAMP_LABEL_WORDS
    labelled = labelled and not _NAME.match(block[0])  # a writer over the date is a byline's
    return labelled and not _ENDS.search(block[0]) and is_stamp(block[1])


def _is_name_block(block: list[str], headline: str) -> bool:
    """A few lines each shorter than the headline, none ending a sentence, none a stamp, each
    a page's frame, a body's name or a label in capitals ("Alerts In Effect")."""
    words = len(headline.split())
    return len(block) <= _MAX_NAME_LINES and all(
        len(line.split()) < words
        and not _ENDS.search(line)
        and not is_stamp(line)
        and (is_page_frame(line) or _capitals(line) == 1.0 or _is_body_name(line))
        for line in block
    )


def _capitals(line: str) -> float:
    """The share of a line's words that start with a capital or are a number, small words
    ("of", "de", "по") aside."""
    words = [word for word in _WORD.findall(line) if word.casefold() not in _SMALL_WORDS]
    capital = [word for word in words if word[0].isupper() or word.isdigit()]
    return len(capital) / len(words) if words else 0.0


def _is_body_name(line: str) -> bool:
    """A public body's or a service's name: a word naming one, and half its words or more a
    capital's ("Millbrook Volunteer Fire Company, Station 47", "МЧС России — Главное
    управление по Приморскому краю"); a headline has a sentence's words ("Why bond markets …")."""
    return bool(_BODY.search(line)) and _capitals(line) >= 0.5


def from_stamped_headline(lines: list[str]) -> list[str]:
    """`lines` from the headline when a body's names are over it and its stamp under it (see the
    module's docstring); unchanged when the first block is itself over the stamp."""
    blocks = _blocks(lines)[: _MAX_NAME_BLOCKS + 2]
    if len(blocks) < 2 or _opens_with_stamp(blocks[1][1]):
        return lines
    for k in range(1, len(blocks) - 1):
        start, block = blocks[k]
        if len(block) != 1 or not is_headline(block[0]):
            continue
        if not _opens_with_stamp(blocks[k + 1][1]):
            continue
        above = [line for _, lines_above in blocks[:k] for line in lines_above]
        named = any(_is_body_name(line) for line in above)
        if named and all(_is_name_block(b, block[0]) for _, b in blocks[:k]):
            return lines[start:]
        return lines
    return lines


def _is_label(line: str) -> bool:
    """A page's label beside a stamp: a few words and no sentence's end, no writer's name."""
    if _WRITER.match(line) or _NAME.match(line):
        return False
    short = len(line.split()) <= _MAX_LABEL_WORDS and not _ENDS.search(line)
    return short or bool(_LABEL_VALUE.match(line))


def without_stamp_block(lines: list[str]) -> list[str]:
    """`lines` (those under a title) without their first block when it is a posting stamp with
    the page's labels beside it (see the module's docstring)."""
    blocks = _blocks(lines)
    if not blocks:
        return lines
    start, block = blocks[0]
    stamps = [line for line in block if is_stamp(line)]
    if not stamps or len(stamps) == len(block) or len(blocks) < 2:
        return lines
    first = next(i for i, line in enumerate(block) if is_stamp(line))
    before = all(is_stamp(line) or _is_label(line) for line in block[:first])
    # under the stamp, only a path of labels: a live entry's time is over its headline
    after = all(
        is_stamp(line) or (_is_label(line) and bool(_PATH.search(line))) for line in block[first:]
    )
    return lines[start + len(block) :] if before and after else lines


def without_issuer_block(lines: list[str]) -> list[str]:
    """`lines` (those under a title) without their first block when it is a bulletin's issuer
    over its issue stamp, no writer: "Regione autonoma Valle Alpina \u2013 Ufficio neve e
    valanghe" over "Emesso il 07/12/2026 alle 14:00, valido fino all'08/12/2026"."""
    blocks = _blocks(lines)
    if len(blocks) < 2 or len(blocks[0][1]) != 2:
        return lines
    start, (issuer, stamp) = blocks[0]
    short = len(issuer.split()) <= _MAX_ISSUER_WORDS and not issuer.rstrip().endswith(
        (".", "!", "?")
    )
    return lines[start + 2 :] if short and is_issue_stamp(stamp.strip()) else lines
