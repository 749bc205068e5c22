"""An article's language: the one asked for, else the one its page or post declares, else the
one its text is written in.

The order: `--language` (NarrationConfig.language), the page's `<html lang>` (or its server's
Content-Language), a Markdown post's `lang`/`language` front matter, then detection on the body.
Detection reads the body only, never the title: a one-line English headline over a German
story must not make it English. The detector is lingua (lingua-language-detector) in its
low-accuracy mode, restricted to the languages narrator reads: its models ship in the wheel,
it loads in a third of a second, adds ~10 MB, and on the extraction pages agrees with their
own `lang` as well as langdetect (which takes 80 MB and three times as long) and py3langid
(whose model unpacks to 110 MB); see bench/language.py.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from narrator.models import LANGUAGE_CODE, Article

if TYPE_CHECKING:
    from lingua import LanguageDetector

DETECTED = ("en", "de", "fr", "es", "it", "pt", "ru", "nl", "pl")
"""The languages detection chooses among: those with rules or wire-copy tables, and two
neighbours that would otherwise be taken for one of them."""
_SAMPLE_CHARS = 4000
"""Detection reads this much of the body: enough to be sure, and fast on a long article."""
_MIN_LETTERS = 20
"""Below this many letters, detection guesses: the language stays unknown."""
_HTML_LANG = re.compile(
    rb"""<html\b[^>]*?\s(?:xml:)?lang\s*=\s*["']?\s*(?P<code>[A-Za-z0-9_-]+)""", re.I
)
_META_LANG = re.compile(
    rb"""<meta\b[^>]*?http-equiv\s*=\s*["']?content-language["']?[^>]*?"""
    rb"""content\s*=\s*["']?\s*(?P<code>[A-Za-z0-9_-]+)""",
    re.I,
)
_HEAD_BYTES = 65536


def normalize_language(code: str | None) -> str | None:
    """`code` as a lower-case BCP-47 tag with hyphens ("pt_BR" -> "pt-br"); None when it is not
    one (an empty `lang`, "x", a list of several)."""
    if code is None:
        return None
    code = code.strip().split(",")[0].strip()
    if not LANGUAGE_CODE.fullmatch(code) or code.lower() in ("und", "mul", "zxx"):
        return None
    return code.lower().replace("_", "-")


def primary(code: str) -> str:
    """The language of a tag without its region or script ("pt-br" -> "pt")."""
    return code.split("-")[0]


def page_language(html: str | bytes) -> str | None:
    """The language a page declares: its `<html lang>` (or `xml:lang`), else a
    `<meta http-equiv="Content-Language">`; None when it declares none."""
    head = html[:_HEAD_BYTES]
    data = head.encode("utf-8", "replace") if isinstance(head, str) else head
    for pattern in (_HTML_LANG, _META_LANG):
        match = pattern.search(data)
        if match:
            found = normalize_language(match["code"].decode("ascii", "replace"))
            if found:
                return found
    return None


def detect_language(text: str) -> str | None:
    """The language `text` is written in, among DETECTED; None when there is too little text
    to tell."""
    sample = text[:_SAMPLE_CHARS]
    if not _has_letters(sample, _MIN_LETTERS):
        return None
    clear = _clear_from_function_words(sample)
    if clear is not None:
        return clear
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else None


def _has_letters(text: str, count: int) -> bool:
    # Stops at the count-th letter: a story reaches it within its first words.
    return len(list(itertools.islice(filter(str.isalpha, text), count))) == count


# Words that only English, or only German, uses often: a story in either says dozens of them,
# one in another language next to none. Loading lingua's models costs a tenth of a second, more
# than the rest of a short narration's reading and cutting; these settle the common cases.
_FUNCTION_WORDS = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "that",
            "for",
            "with",
            "was",
            "were",
            "said",
            "from",
            "his",
            "her",
            "been",
            "have",
            "has",
            "which",
            "their",
            "they",
            "this",
            "will",
            "would",
            "after",
            "about",
            "who",
            "when",
            "more",
            "there",
            "not",
            "but",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "den",
            "von",
            "zu",
            "mit",
            "ist",
            "im",
            "dem",
            "nicht",
            "ein",
            "eine",
            "auch",
            "sich",
            "des",
            "auf",
            "für",
            "wird",
            "bei",
            "nach",
            "wurde",
            "aus",
            "hat",
            "sind",
            "werden",
            "einer",
            "noch",
            "wie",
        ]
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
_MIN_FUNCTION_WORDS = 12
_MIN_MARGIN = 4


def _clear_from_function_words(sample: str) -> str | None:
    """English or German when the sample's function words leave no doubt, else None."""
    words = _WORD.findall(sample.lower())
    counts = {code: sum(word in table for word in words) for code, table in _FUNCTION_WORDS.items()}
    (best, most), (_, second) = sorted(counts.items(), key=lambda item: -item[1])[:2]
    clear = most >= _MIN_FUNCTION_WORDS and most >= _MIN_MARGIN * max(second, 1)
    return best if clear and most >= len(words) // 10 else None


@functools.cache
def _detector() -> LanguageDetector:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages: list[Any] = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in DETECTED
    ]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def body_text(article: Article) -> str:
    """The words detection reads: the body (headings and paragraphs), not the title."""
    parts = [
        text
        for section in article.sections
        for text in (section.heading or "", *(block.text for block in section.blocks))
    ]
    return "\n".join(part for part in parts if part)


def with_language(article: Article, asked: str | None, declared: str | None = None) -> Article:
    """`article` with its language: `asked` (the config's), else `declared` (by the page or
    its server), else the article's own (its front matter), else detected in its body."""
    language = (
        normalize_language(asked)
        or normalize_language(declared)
        or normalize_language(article.language)
        or detect_language(body_text(article))
    )
    return replace(article, language=language, byline=_joined_in(article.byline, language))


# "and" in each language: a list of authors is joined in English before the language is known.
_AND = {"de": "und", "fr": "et", "es": "y", "it": "e", "pt": "e", "nl": "en", "pl": "i", "ru": "и"}


def _joined_in(byline: str | None, language: str | None) -> str | None:
    """A byline's names joined with the language's own "and" ("Ana Ruiz y Luis Gil")."""
    word = _AND.get(primary(language)) if language else None
    if byline is None or word is None or " and " not in byline:
        return byline
    first, _, last = byline.rpartition(" and ")
    return f"{first} {word} {last}"
