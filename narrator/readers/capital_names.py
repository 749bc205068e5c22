"""A writer's name alone in capitals on the first line under a story's title, as Italian and
Portuguese papers print it: "MARIA BIANCHI" over the story's first paragraph, "JOSÉ MIGUEL
GASPAR" over its stamp ("Hoje às 10:32"), "JEAN-PIERRE DUPONT". Said as names are written
("José Miguel Gaspar"), not spelled. A label in capitals ("WATCH LIVE", "LEGGI ANCHE", "THE
ROCK") or the paper's own name ("ZEIT ONLINE") is no writer's: its words are a frame's.
"""

from __future__ import annotations

import re

from narrator.readers.stamps import is_stamp

__all__ = ["capitals_byline", "cased"]

_WORD = r"[^\W\d_][^\W\d_'\u2019-]*(?:['\u2019-][^\W\d_]+)*"
_CAPITALS = re.compile(rf"^{_WORD}(?: {_WORD}){{1,3}}$")
_JOINERS = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "le"})
_NO_NAMES = frozenset(
    {
        "the", "a", "an", "and", "of", "in", "on", "at", "by", "for", "to", "with", "from",
        "news", "online", "live", "watch", "read", "more", "next", "up", "also", "now",
        "press", "media", "radio", "tv", "digital", "sport", "sports", "times", "post",
        "daily", "zeitung", "journal", "leggi", "anche", "lire", "aussi", "lee", "leia",
        "también", "também", "mehr", "zum", "thema", "video", "foto", "photo", "photos",
        "release", "communiqué", "comunicado", "comunicato", "nota", "prensa", "stampa",
        "redazione", "redacción", "rédaction", "redaktion", "redação", "staff", "agency",
        "il", "la", "el", "les", "der", "die", "das", "un", "una", "o", "e", "y", "et",
        "und", "em", "en", "no", "na", "oggi", "hoje", "heute", "today", "guarda",
    }
)  # fmt: skip
"""Words of a label, a heading or a paper's name in capitals, none a person's."""
_MIN_OPENING_WORDS = 12


def capitals_byline(line: str, rest: list[str]) -> str | None:
    """The writer's name, as written in small letters, of `line` (the first under the title)
    when it is two to four words alone in capitals in their block, over the story's posting
    stamp or its first paragraph; None for any other line."""
    if not _CAPITALS.match(line) or not line.isupper() or (rest and rest[0].strip()):
        return None
    words = line.lower().split()
    if words[0] in _JOINERS or words[-1] in _JOINERS:
        return None
    if any(word in _NO_NAMES for word in words if word not in _JOINERS):
        return None
    under = next((x.strip() for x in rest if x.strip()), "")
    if not is_stamp(under) and not _opens_story(under):
        return None
    return cased(line)


def cased(names: str) -> str:
    """Names in capitals as they are written ("ANA BELÉN RUIZ" -> "Ana Belén Ruiz", "ANA DE
    SOUSA" -> "Ana de Sousa"), so that they are said, not spelled; other names unchanged."""
    if not names.isupper():
        return names
    words = names.lower().split()
    return " ".join(word if word in _JOINERS else _capitalised(word) for word in words)


def _opens_story(paragraph: str) -> bool:
    """Whether a line is a story's paragraph: long, ending on a sentence's mark."""
    return len(paragraph.split()) >= _MIN_OPENING_WORDS and paragraph[-1:] in '.!?"\u201d\u00bb'


def _capitalised(word: str) -> str:
    """A name's word from small letters: "jean-pierre" -> "Jean-Pierre", "o'brien" -> "O'Brien"."""
    return re.sub(r"[^\W\d_]+", lambda part: part[0].capitalize(), word)
