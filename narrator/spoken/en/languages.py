"""Languages written short before the word they give, as dictionaries, etymologies and notes
write them, and "lat." where it is latitude:

- 'from the Lat. "caput"' -> 'from the Latin "caput"'; 'cf. Fr. "chef"' -> 'compare French
  "chef"'; 'Gr. _logos_' -> 'Greek _logos_' (before a quoted or italic word, or a word in
  small letters after "from", "cf." or "the")
- "Our lat. at noon was 23° N.", a log's "Lat. at noon 61° S." -> "Our latitude ...",
  "Latitude at noon ..."; "lat. and long." -> "latitude and longitude": "lat." in small
  letters is latitude where no word is cited after it, capitalised before the words of a
  noon sight ("lat." and "long." before degrees are read with the coordinates)
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after

LANGUAGES = {
    "Lat": "Latin", "Gr": "Greek", "Fr": "French", "Ger": "German", "Ital": "Italian",
    "Sp": "Spanish", "Span": "Spanish", "Heb": "Hebrew", "Skt": "Sanskrit", "Sans": "Sanskrit",
    "Du": "Dutch", "Icel": "Icelandic", "Goth": "Gothic", "Swed": "Swedish", "Port": "Portuguese",
    "Russ": "Russian", "Pers": "Persian", "Arab": "Arabic", "Dan": "Danish", "Norw": "Norwegian",
    "Anglo-Sax": "Anglo-Saxon", "A.-S": "Anglo-Saxon", "A.S": "Anglo-Saxon", "O.E": "Old English",
    "M.E": "Middle English", "O.Fr": "Old French", "O.F": "Old French", "L.Lat": "Late Latin",
    "Med.Lat": "Medieval Latin", "Mod.Lat": "Modern Latin"
}  # fmt: skip
_LANGUAGE = re.compile(
    rf"(?P<short>{'|'.join(re.escape(s) for s in sorted(LANGUAGES, key=len, reverse=True))})\."
    r"(?= ?(?:[\"\u201c'\u2018_*]\w|[a-zà-ÿ]))"
)
# A word in small letters is cited after a language only where the language follows a word of
# derivation: "from Lat. caput", "cf. Gr. logos", "the Fr. word"; "Fr. Brown" is a priest.
_DERIVATION_BEFORE = re.compile(r"\b(?:from|cf\.|compare|Compare|the|The|of|or|and|in) $")
_CITED_AHEAD = re.compile(r" ?[\"\u201c'\u2018_*]\w")
_LATITUDE = re.compile(r"(?<![\w.])lat\.(?! ?[\"\u201c'\u2018_*]\w)")
# Capitalised, a log's latitude before the words of how and when it was found: "Lat. at noon
# 61° S.", "Lat. by obs." ("Lat. caput" after a word of derivation is Latin).
_LOG_LATITUDE = re.compile(r"(?<![\w.])Lat\.(?= (?:at (?:noon|midnight|sunset|sunrise)|by|obs)\b)")
# "long." is a word too ("so long."): longitude only after "latitude and", or after "our",
# "the", "in" before a word that goes on the clause ("our long. was", "the long. of the cape").
_LONGITUDE = re.compile(
    r"(?P<before>\b(?:latitude and|our|the|in|same) |(?<=[;,] ))long\."
    r"(?P<on>(?= (?:of|was|by|at|is|being|had|and)\b))?"
)
# How a log found its longitude: "long. by chron." -> "by chronometer".
_BY_CHRONOMETER = re.compile(r"(?<=\bby )chron\.")


def read_languages(text: str) -> str:
    """'from the Lat. "caput"' -> 'from the Latin "caput"'; "our lat. at noon" -> "our
    latitude at noon"."""
    if "." not in text:
        return text
    text = _LANGUAGE.sub(_say_language, text)
    if "lat." in text:
        text = _LATITUDE.sub(lambda m: "latitude" + stop_after(m), text)
    if "Lat. " in text:
        text = _LOG_LATITUDE.sub("Latitude", text)
    if "long." in text:
        text = _LONGITUDE.sub(_say_longitude, text)
        text = _BY_CHRONOMETER.sub("chronometer", text)
    return text


def _say_language(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if start and (text[start - 1].isalnum() or text[start - 1] in "._'"):
        return match.group(0)
    cited = _CITED_AHEAD.match(text, match.end())
    if not cited and not _DERIVATION_BEFORE.search(text, max(0, start - 9), start):
        return match.group(0)
    return LANGUAGES[match["short"]]


def _say_longitude(match: re.Match[str]) -> str:
    before = match["before"] or ""
    if not (match["on"] is not None or before == "latitude and "):
        return match.group(0)
    if not before and not match.string.startswith(" by", match.end()):
        return match.group(0)  # after a pause, only a log's "long. by obs."
    return before + "longitude" + stop_after(match)
