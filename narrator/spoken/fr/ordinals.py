"""Ordinals in French: "1er" -> "premier", "1re"/"1ère" -> "première", "3e"/"3ème"/"3°" ->
"troisième", "2nd" -> "second", "2de" -> "seconde", "1 000 000 000e" -> "un milliardième"."""

from __future__ import annotations

import re

from narrator.spoken.fr.numbers import ordinal

HINT = re.compile(r"\d\s?(?:er|re|ère|e|ème|°|nde?)|2de?")
_ORDINAL = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?: \d{3})+|\d+)"
    r"(?:\s?(?P<end>ers?|res?|ères?|es|ème|èmes|e|°|nde?s?)|(?<=2)(?P<d>de?s?))(?![\wC])"
)


def read_ordinals(text: str) -> str:
    """Read ordinals: "1er" -> "premier", "XIXe" is the Roman numerals' work, "3e" ->
    "troisième", "6°" -> "sixième" (not "6 °C")."""

    def say(match: re.Match[str]) -> str:
        n, end = int(match["num"].replace(" ", "")), match["end"] or "n" + match["d"]
        if match["d"] and n != 2:
            return match.group(0)  # "12de" is no ordinal
        plural = "s" if end.endswith("s") and end != "s" else ""
        if end.startswith("nd"):
            return ("seconde" if "e" in end else "second") + plural
        return ordinal(n, feminine_=end.startswith(("re", "ère"))) + plural

    return _ORDINAL.sub(say, text)
