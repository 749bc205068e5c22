"""What the Markdown and HTML readers share: building sections, and telling metadata from body."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from narrator.models import Block, BlockKind, Section
from narrator.readers.decoding import normalize_text
from narrator.readers.stamps import is_stamp

CODE_ANNOUNCEMENT = "Code sample skipped."
TABLE_ANNOUNCEMENT = "Table skipped."

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b",
    re.IGNORECASE,
)
_READING_LABEL = (
    r"(?:reading time|read time|tempo di lettura|lesezeit|temps de lecture|tiempo de lectura"
    r"|tempo de leitura)"
)
_METADATA_WORDS = re.compile(
    r"^(?:updated|published|posted|last updated|first published)\b|\b\d+\s*min(?:ute)?s?\s+read\b"
    # a reading time in the other languages: "3 minuti di lettura", "4 min de lecture"
    r"|^\d+\s*(?:min\.?|minut[io]s?|minuten)"
    r" (?:di lettura|de lecture|de lectura|de leitura|lesezeit)$"
    # and labelled before its figure: "Tempo di lettura: 4 minuti", "Lesezeit: 3 Min."
    rf"|^{_READING_LABEL}\s*:?\s*\d+\s*(?:min\.?|minut[eio]s?|minuten)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?P<lead>by|von|par|por|di|автор:?|авторы:?)\s+(?P<names>[A-Z\u00c0-\u00dd\u0410-\u042f]"
    r"[^!?]{0,100}?)\.?$",
    re.IGNORECASE,
)
"""A byline: "By Jane Doe", "di Mario Rossi" (Corriere's, in small letters), "Par Claire
Dubois", "Автор: Ольга Смирнова"."""
_MIN_NAME_WORDS = 2
_NAME_JOINERS = frozenset(
    {"and", "&", "de", "van", "von", "der", "den", "la", "le", "du", "da", "y"}
)
# What a page's author field says around a name: "View all posts by Ann Lee", "Article by",
# "Written by …"; and what it says in place of one ("No Author", "Name").
_AUTHOR_LEAD = re.compile(
    r"^(?:(?:view|see|read) (?:all |more )?(?:posts|articles|stories) by"
    r"|(?:more )?(?:posts|articles|stories) by"
    r"|(?:article|story|post|text|words|written|posted|published|edited) by|by"
    r"|von|par|por|di|texto de|texte de|автор|авторы)\b:?\s*",
    re.IGNORECASE,
)
# A job where a name should be ("Transport Reporter", "Senior Political Correspondent"), and a
# sentence about the author where the field should end ("… writes about food and island life").
_JOB = re.compile(
    r"(?:[\w.-]+ ){0,2}(?:reporter|correspondent|editor|writer|columnist|contributor|staff"
    r"|producer|photographer|critic|analyst)s?",
    re.IGNORECASE,
)
_ABOUT_AUTHOR = re.compile(r"\s+(?:writes|covers|reports|is|was|has|es|est|ist|\u00e8|\u00e9)\s")
_NO_AUTHOR = frozenset({"no author", "name", "author", "unknown", "none", "n/a", "null"})
_REPORTING_FROM = re.compile(r"\s+reporting(?:\s+from\b.*)?$", re.IGNORECASE)
"""Where the writer reports from, run into their name by the metadata: "Helen Ostrova
Reporting; Croatia" (the page showed "Reporting from Split, Croatia" under the name)."""
_TITLE = re.compile(
    r"^(?:avv|dott|dott\.ssa|dottssa|prof|prof\.ssa|ing|arch|geom|dr|dra|lic|ldo|lda|mag)\.\s+"
)
"""A writer's title in small letters before the name, left out of the byline: a lawyer's
("di avv. Giulia Ferri"), a doctor's, a professor's, an engineer's ("por dra. Ana Ruiz")."""
_FIELD_TITLE = re.compile(r"^(?:avv|dott|dottssa|dott\.ssa|geom)\.?\s+(?=[A-Z])", re.IGNORECASE)
"""The same in a page's author field, where the extraction may have dropped its dot and set a
capital: "Avv Giulia Ferri"."""
_NAME_ALONE = re.compile(
    r"[A-Z\u00c0-\u00dd][\w'\u2019-]+(?: (?:(?:de|da|do|dos|del|van|von|la|le) )?"
    r"[A-Z\u00c0-\u00dd][\w'\u2019-]+){1,3}"
)
_SEPARATORS = re.compile(
    # a dash between the parts, and a reading time's label run on after the date: "di Giulia
    # Ferri - 7 dicembre 2026 Tempo di lettura: 4 minuti"
    rf"\s*[·•|]\s*|\s+[\u2013\u2014-]\s+|\s+(?=(?i:{_READING_LABEL})\b)"
)
_MAX_METADATA_CHARS = 120
_POSTED_BY = re.compile(
    r"^(?:posted|published)(?: on)? (?P<date>.{4,40}?) (?P<byline>by .+)$", re.IGNORECASE
)
"""A blog's stamp with its writer: "Posted on November 30, 2026 by Dr. Helen Marsh"."""


def clean(text: str) -> str:
    """Normalized text with every run of whitespace made one space."""
    return " ".join(normalize_text(text).split())


def as_sentence(text: str) -> str:
    """`text` ending like a sentence, so a list item is read as one."""
    if text and not text.endswith((".", "!", "?", ":", ";", "…", '"', "'", ")")):
        return f"{text}."
    return text


def join_names(names: list[str]) -> str | None:
    """'A', 'A and B', 'A, B and C' from a list of names; None when there are none."""
    names = [clean(n) for n in names if clean(n)]
    if len(names) <= 1:
        return names[0] if names else None
    return f"{', '.join(names[:-1])} and {names[-1]}"


def author_names(field: str) -> list[str]:
    """The names in a page's author field, without the words a theme puts around them
    ("View all posts by Ann Lee" is Ann Lee) or in place of them ("No Author", "Article by"),
    the author's job ("Owen Tully; Transport Reporter" is Owen Tully), and the rest of a
    sentence about the author ("Ann Lee writes about food; Island Life" is Ann Lee), and where
    they report from ("Helen Ostrova Reporting; Croatia" is Helen Ostrova), and the page's
    stamps ("Maria Lopez; Published Dec 7; Updated" is Maria Lopez)."""
    names: list[str] = []
    for part in field.split(";"):
        name = _AUTHOR_LEAD.sub("", clean(part)).rstrip(" \u00b7\u2022|")  # "Inês Carvalho ·"
        name = _FIELD_TITLE.sub("", _TITLE.sub("", name))
        sentence = _ABOUT_AUTHOR.search(name) or _REPORTING_FROM.search(name)
        name = name[: sentence.start()] if sentence else name
        # the page's stamps run into the field: "Maria Lopez; Published Dec 7; Updated"
        stamp = _METADATA_WORDS.search(name)
        if name and name.casefold() not in _NO_AUTHOR and not _JOB.fullmatch(name) and not stamp:
            names.append(name)
        if sentence:
            break  # the parts after it are the sentence's (or the place reported from)
    return names


def byline_of(text: str) -> str | None:
    """The names in a `By …` line, or None when `text` is not one."""
    match = _BYLINE.match(clean(text))
    if not match or not (text.lstrip()[:1].isupper() or match["lead"].lower() != "by"):
        return None
    names = _TITLE.sub("", match["names"])
    words = names.replace(",", " ").split()
    if not all(w[:1].isupper() or w in _NAME_JOINERS for w in words):
        return None  # "By Monday, the council…" is a sentence, not a byline
    if match["lead"].lower() != "by" and len(words) < _MIN_NAME_WORDS:
        return None  # "Von Trier", "Par Avion": a name's or a phrase's first word
    return names.strip()


def metadata_parts(text: str) -> tuple[str | None, str | None] | None:
    """(byline, date) found in a short metadata line such as 'By Ann Lee · April 9, 2024 · 4 min
    read'; None when `text` does not read as metadata at all."""
    text = clean(text)
    if not text or len(text) > _MAX_METADATA_CHARS:
        return None
    parts = [p for p in _SEPARATORS.split(text) if p]
    byline = next((byline_of(p) for p in parts if byline_of(p)), None)
    byline = byline or next((_posted_by(p) for p in parts if _posted_by(p)), None)
    date_match = _DATE.search(text)
    # a stamp in the other languages: "Carla Menezes | Publicado em 06/12/2026 às 19h32"
    stamped = [p for p in parts if is_stamp(p)]
    # and a writer's name alone beside them, its "Por" left out of the extraction
    byline = byline or next((p for p in parts if stamped and _NAME_ALONE.fullmatch(p)), None)
    if not (byline or date_match or stamped or _METADATA_WORDS.search(text)):
        return None
    if not all(
        byline_of(p) or _DATE.search(p) or p in stamped or _is_metadata_word(p) for p in parts
    ):
        return None
    return byline, date_match[0] if date_match else None


def _posted_by(part: str) -> str | None:
    """The writer in a blog's stamp with its writer ("Posted on November 30, 2026 by Ann Lee")."""
    match = _POSTED_BY.match(part)
    return byline_of(f"B{match['byline'][1:]}") if match and _DATE.search(match["date"]) else None


def _is_metadata_word(part: str) -> bool:
    return bool(_METADATA_WORDS.search(part)) or len(part.split()) <= 3


def fallback_title(source: str) -> str:
    """A title made from the file or page name, for an article that states none."""
    path = urlsplit(source).path if "://" in source else source
    stem = PurePosixPath(path).stem if path not in ("", "-", "/") else ""
    words = re.sub(r"[-_]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else "Untitled article"


class SectionBuilder:
    """Collects blocks into sections as a reader walks a document from top to bottom."""

    def __init__(self) -> None:
        self._sections: list[Section] = []
        self._heading: str | None = None
        self._blocks: list[Block] = []

    def add(self, kind: BlockKind, text: str) -> None:
        """Add one block to the current section; blank text is dropped."""
        text = clean(text)
        if text:
            self._blocks.append(Block(kind, text))

    def start_section(self, heading: str | None) -> None:
        """Close the current section and open one under `heading` (None: a plain break)."""
        if self._heading is not None or self._blocks:
            self._sections.append(Section(self._heading, tuple(self._blocks)))
        self._heading = clean(heading) if heading else None
        self._blocks = []

    def sections(self) -> tuple[Section, ...]:
        """Every section built so far, the current one included."""
        self.start_section(None)
        sections, self._sections = tuple(self._sections), []
        return sections


def has_prose(sections: tuple[Section, ...]) -> bool:
    """Whether any block is read for its own words rather than announced."""
    return any(
        block.kind is not BlockKind.ANNOUNCEMENT for section in sections for block in section.blocks
    )
