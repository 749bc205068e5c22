"""Version numbers, read as people say them: each part after the first point a whole number,
a zero "oh".

- "version 2.0.1" -> "version two point oh point one"; "2.4.10" -> "two point four point
  ten" (three parts or more are always a version)
- "v1.2.3" -> "version one point two point three"; "v2" -> "version two" (a "v" in lower case
  glued to the number)
- "version 3.10", "release 2.0", "firmware 1.05" -> "... three point ten", "... two point oh",
  "... one point oh five": after a word of versions, two parts are a version too
- "ver. 2.0" -> "version two point oh"
- "Web 2.0", "macOS 14.0", "USB 3.0", "a magnitude 7.0 quake" -> "... two point oh": a
  round ".0" after a name is said "point oh"; "Python 3.11" and "iOS 17.2" keep the decimal's
  digits ("three point one one"), as many say them, and "grew 2.0 percent" is a decimal
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import cardinal, digits
from narrator.spoken.rules import any_of

# Three parts or more: "2.0.1", "10.15.7"; not inside a longer run of dots and digits (an
# address "192.168.0.1" was read before) nor a date.
_DOTTED = re.compile(r"(?<![\w.])(?P<v>v)?(?P<num>\d{1,4}(?:\.\d{1,4}){2,})(?![\w]|\.\d)")
# Two parts, a version after a word of versions ("version 3.10", "ver. 2.0") or a round
# ".0" after a name ("Web 2.0"), where no word of measure follows ("2.0 percent").
_TWO_PARTS = re.compile(
    r"(?<![\w.])(?P<num>\d{1,4}\.\d{1,4})(?![\w]|\.\d|,\d|\s?(?:%|percent|per\b|times\b))"
)
_VERSION_WORD_BEFORE = re.compile(
    r"(?P<word>\b(?i:version|ver\.|release|firmware|update|patch|build|kernel|v\.))\s$"
)
# A lower-case "v" glued to a number: "v1.2", "v2". Led by the "v", which the regex engine
# finds quickly; what comes before is checked after.
_V = re.compile(r"v(?<![\w.'-]v)(?P<num>\d{1,4}(?:\.\d{1,4})*)(?![\w]|\.\d|,\d)")
# A word of versions written short before a number: "ver. 2.0", "v. 1.2".
_SHORT_WORD = re.compile(r"\b(?P<word>[Vv]er\.|[Vv]\.)\s(?=\d{1,4}\.\d)")
_NAME_BEFORE = re.compile(r"(?:^|[\s(\"])(?P<name>[a-z]*[A-Z][\w-]*|magnitude) $")
# Capitalised words that open sentences rather than name things: "In 2.0 seconds".
_OPENERS = frozenset(
    {"The", "In", "At", "By", "Of", "On", "To", "From", "With", "And", "But", "Or", "About",
     "Only", "Just", "Nearly", "Almost", "Around", "Over", "Under", "Some", "All", "Up",
     "Down", "Another", "A", "An", "Than", "Was", "Is", "Were", "Are", "Scored", "For"}
)  # fmt: skip


def say_version(written: str) -> str:
    """ "2.0.1" -> "two point oh point one": the first part a number, each after it a whole
    number, a zero "oh", and one with a leading zero digit by digit ("05": "oh five")."""
    first, *rest = written.split(".")
    parts = [cardinal(int(first))]
    for part in rest:
        if part.startswith("0"):
            parts.append(" ".join("oh" if d == "zero" else d for d in digits(part).split()))
        else:
            parts.append(cardinal(int(part)))
    return " point ".join(parts)


def read_versions(text: str) -> str:
    """Read version numbers: "version 2.0.1" -> "version two point oh point one", "v1.2" ->
    "version one point two", "Web 2.0" -> "Web two point oh"."""
    if "." in text:
        text = _DOTTED.sub(lambda m: ("version " if m["v"] else "") + say_version(m["num"]), text)
        if "er. " in text or "v. " in text or "V. " in text:
            text = _SHORT_WORD.sub(_say_short_word, text)
        text = _TWO_PARTS.sub(_say_two_parts, text)
    if "v" in text:
        text = _V.sub(lambda m: f"version {say_version(m['num'])}", text)
    return text


def _say_two_parts(match: re.Match[str]) -> str:
    """ "version 3.10" -> "version three point ten", "Web 2.0" -> "Web two point oh"; any
    other decimal as written."""
    text, start = match.string, match.start()
    word = _VERSION_WORD_BEFORE.search(text, max(0, start - 10), start)
    if word is not None:
        return say_version(match["num"])
    if not match["num"].endswith(".0"):
        return match.group(0)
    name = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if name is None or name["name"] in _OPENERS:
        return match.group(0)
    return say_version(match["num"])


def _say_short_word(match: re.Match[str]) -> str:
    """ "ver. 2.0" -> "version 2.0": the word of versions written short, before a number."""
    return ("Version" if match["word"][0] == "V" else "version") + " "


# Lines with a decimal point or a "v" glued to a digit: led by the point and the "v", which
# the regex engine finds quickly.
HINT = any_of(r"\.(?<=\d\.)\d", r"v(?<![\w.'-]v)\d")
