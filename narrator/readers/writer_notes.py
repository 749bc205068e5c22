"""A note on the writer closing a story: "Jane Doe is a staff writer at The Atlantic.", "Lucía
Martín es arquitecta y urbanista.", "— Helen Marsh is a writer and …", or the writer's name
alone signing it; the story's end matter, which the byline or the piece's own shape tells."""

from __future__ import annotations

import re
from dataclasses import replace

from narrator.models import Section

__all__ = [
    "is_columnists_note",
    "is_writers_note",
    "opens_note_on",
    "without_closing_note",
]

_MAX_NOTE_CHARS = 300
_NOTE_BYLINE_WORD = re.compile(r"^(?:by|von|par|por|di|de|door|av)\s+", re.IGNORECASE)
_NAMES_APART = re.compile(r",| (?:and|und|et|y|e|en|och) ")
_SIGNATURE = re.compile(r"^[A-Z][a-z\u00e0-\u00ff]+(?:[ -][A-Z][a-z\u00e0-\u00ff'\u2019]+){1,2}$")
_DASHED_NOTE = re.compile(
    r"^(?:[\u2014\u2013]|\*(?!\*))\s?[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,3}"
    r" (?:is|was|teaches|writes|covers|lives|works|es|est|ist|\u00e8|\u00e9)\s[^\n]{1,280}$"
)
"""A dash or an asterisk and a note on the writer, closing a column with no byline ("— Helen
Marsh is a writer and the author of The Long Post.", "*Xavier Moreau est économiste …", a
French op-ed's)."""
_OPINION_TITLE = re.compile(
    r"^(?:opinion|comment|column|op-ed|guest column|meinung|kommentar|gastbeitrag|opini\u00f3n"
    r"|tribune|opinione|opini\u00e3o|\u043c\u043d\u0435\u043d\u0438\u0435)\s*[:|\u2013\u2014-]\s",
    re.IGNORECASE,
)
_ABOUT_COLUMNIST = re.compile(
    r"^[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2} (?:is|was|owns|runs|chairs|teaches|works"
    r"|lives|writes|leads|directs|heads|founded|ist|leitet|est|dirige|es|\u00e9|\u00e8)"
    r"\s[^\n]{10,280}\.$"
    # a Russian columnist's: names, a dash and what they are ("Алексей Воронов — урбанист.")
    r"|^[\u0410-\u042f\u0401][\w-]+ [\u0410-\u042f\u0401][\w-]+ \u2014 [^\n]{5,200}\.$"
)
"""A columnist's note: names, then what they are or do ("Helen Marsh owns …")."""
_VERB_NEXT = re.compile(r"^[a-zà-ÿ]\w*\s")
"""A small word after the name, a verb's: "is", "es", "ist", "writes"."""


def opens_note_on(name: str, paragraph: str) -> bool:
    """Whether a short `paragraph` opens with `name` and a small word after it, a verb's: "Lucía
    Fernández es profesora de …"."""
    opens = paragraph.startswith(f"{name} ") and _VERB_NEXT.match(paragraph[len(name) + 1 :])
    return bool(opens) and len(paragraph) <= _MAX_NOTE_CHARS


def is_writers_note(paragraph: str, byline: str | None) -> bool:
    """A note on the writer closing the story, led by a name the byline gives: "Jane Doe is a
    staff writer at The Atlantic.", "Lucía Martín es arquitecta y urbanista."; or the writer's
    name alone under the story, signing it ("Ruth Ellis", a reader's obituary)."""
    if _SIGNATURE.match(paragraph) or _DASHED_NOTE.match(paragraph):
        return True  # or a dash and the writer's note: "— Helen Marsh is a writer and …"
    if byline is None or len(paragraph) > _MAX_NOTE_CHARS:
        return False
    names = _NAMES_APART.split(_NOTE_BYLINE_WORD.sub("", byline))
    return any(
        len(name.split()) > 1 and opens_note_on(name, paragraph)
        for name in (name.strip() for name in names)
    )


def is_columnists_note(paragraph: str, title: str) -> bool:
    """A note on the columnist closing an opinion piece with no byline, its title labelled so
    ("Opinion: Our town needs fewer car parks" over "… Helen Marsh owns Marsh & Daughter Books
    in Kettleford and chairs the town's traders' association."): a name and what they do."""
    if not _OPINION_TITLE.match(title) or len(paragraph) > _MAX_NOTE_CHARS:
        return False
    return bool(_ABOUT_COLUMNIST.match(paragraph)) and paragraph.count(". ") <= 1


def without_closing_note(sections: tuple[Section, ...], byline: str | None) -> tuple[Section, ...]:
    """A web page's `sections` without the note on its writer that closes them, led by a name
    its byline gives ("Helen Ostrova is a travel correspondent based in Vienna."): the page's
    end matter, not read."""
    if byline is None or not sections or not sections[-1].blocks:
        return sections
    last = sections[-1]
    if not is_writers_note(last.blocks[-1].text, byline) or _SIGNATURE.match(last.blocks[-1].text):
        return sections
    return (*sections[:-1], replace(last, blocks=last.blocks[:-1]))
