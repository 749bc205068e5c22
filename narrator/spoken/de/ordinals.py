"""Ordinals in German: a number with a full stop, or with its ending written out.

- "2." -> "zweiter"; "der 2. Weltkrieg" -> "der zweite Weltkrieg"; "am 3." -> "am dritten"
- "100. Geburtstag" -> "ein hundertster Geburtstag"; "121tem" -> "ein hundert ein und
  zwanzigstem"
- a number that ends a sentence stays a number: "im Jahr 2003. Die", "es waren 12. Dann"
"""

from __future__ import annotations

import re

from narrator.spoken.de.dates import MONTHS
from narrator.spoken.de.gender import gender_of
from narrator.spoken.de.numbers import ending_after, ordinal

HINT = re.compile(r"\d(?:\.|s?te)")
# Words that start a sentence after a number's full stop, rather than follow an ordinal.
_OPENERS = frozenset(
    {
        "Der",
        "Die",
        "Das",
        "Den",
        "Dem",
        "Des",
        "Ein",
        "Eine",
        "Er",
        "Sie",
        "Es",
        "Wir",
        "Ich",
        "Ihr",
        "Man",
        "Doch",
        "Aber",
        "Dann",
        "Auch",
        "Und",
        "In",
        "Im",
        "Am",
        "An",
        "Auf",
        "Nach",
        "Vor",
        "Bei",
        "Mit",
        "Von",
        "Zu",
        "Zum",
        "Zur",
        "So",
        "Da",
        "Dort",
        "Hier",
        "Damit",
        "Dabei",
        "Denn",
        "Dies",
        "Diese",
        "Dieser",
        "Nun",
        "Noch",
        "Jetzt",
        "Heute",
        "Seit",
        "Bis",
        "Als",
        "Wie",
        "Was",
        "Wer",
        "Wo",
        "Warum",
    }
)
_ARTICLE_BEFORE = re.compile(
    r"(?i)\b(?:der|die|das|dem|den|des|am|im|vom|zum|zur|beim|ein|eine|einem|einen|seit|ab|"
    r"bis|(?:mein|dein|sein|ihr|unser|euer|eur|dies|jed)(?:en|em|es|e|er))\s+$"
)
# "seit", "ab", "bis" before a year that ends the sentence: no ordinal's article.
_YEAR_AFTER = re.compile(r"(?i)\b(?:seit|ab|bis)\s+$")
_LAST_WORD = re.compile(r"(\w+)\W*$")
# The prepositions of the dative, before an ordinal with no article.
_DATIVE = frozenset({"in", "mit", "aus", "nach", "von", "zu", "bei", "vor", "unter", "zwischen",
                     "hinter", "neben"})  # fmt: skip
_WRITTEN = re.compile(r"(?<![\w.,])(?P<num>\d+)\.?s?t(?P<end>e[mnrs]?)\b")
_DOTTED = re.compile(r"(?<![\w.,])(?P<num>\d{1,7})\.(?=$|\s+(?P<next>[^\W\d]+)|\s*[,;:)])")


def _is_ordinal(match: re.Match[str]) -> bool:
    """Whether a number's full stop makes it an ordinal rather than ending a sentence."""
    before = match.string[: match.start()]
    after_article = bool(_ARTICLE_BEFORE.search(before))
    following = match["next"]
    if following is None:  # "2." alone, or at the end: an ordinal after an article only
        if _YEAR_AFTER.search(before) and 1000 <= int(match["num"]) <= 2099:
            return False  # "seit 2015." ends its sentence with a year
        return after_article or not before.strip()
    if following in _OPENERS:
        return False
    # "im Jahr 2003. Viele ..." ends a sentence; "der 1000. Besucher" does not
    return after_article or len(match["num"]) < 4 or not following[0].isupper()


# With no article, the ordinal's ending agrees with its noun: neuter nouns ("drittes Quartal",
# "neunzehntes Jahrhundert"), feminine ones by their ending ("dritte Liga", "zweite Runde");
# the rest masculine ("erster Platz").
def _ending_before(noun: str, before: str) -> str:
    """The ordinal's ending before ``noun`` with no article: "es", "e" or "er"; after a
    preposition of the dative, a dative's: "in 3. Lesung" -> "in dritter Lesung", "aus 1.
    Hand" -> "erster", "mit 2. Wohnsitz" -> "zweitem" (not before a month: "von 1. Mai")."""
    gender = gender_of(noun)
    word = _LAST_WORD.search(before)
    if word and word.group(1).lower() in _DATIVE and noun not in MONTHS:
        return "er" if gender == "f" else "em"
    return {"n": "es", "f": "e", "m": "er"}[gender]


# Two ordinals joined before one noun share their ending, which the words before the first
# and the noun after the second tell: "in 2. und 3. Lesung" -> "in zweiter und dritter
# Lesung", "der 2. und 3. Platz" -> "der zweite und dritte".
# "zwischen" before two ordinals with no article and a noun asks the dative the noun's gender
# tells ("zwischen 3. und 5. Platz" -> "zwischen drittem und fünftem Platz"); before a month,
# "zwischen dritten und fünften Mai" as said with the article left out.
_BETWEEN = re.compile(r"(?<!\w)(?i:zwischen)\s+$")
_JOINED_AFTER = re.compile(r"\s+(?:und|oder|bis|bzw\.)\s+\d{1,7}\.\s+(?P<noun>[^\W\d]+)")
_JOINED_BEFORE = re.compile(r"(?<![\w.,])\d{1,7}\.\s+(?:und|oder|bis|bzw\.)\s+$")


# A dash between two ordinals is "bis", so both share one ending: "aus dem 15.–17. Jh." ->
# "aus dem fünfzehnten bis siebzehnten Jahrhundert".
_DASHED_PAIR = re.compile(r"(?<![\w.,])(\d{1,4})\.\s?[–-]\s?(?=\d{1,4}\.\s)")


def read_ordinals(text: str) -> str:
    """Read ordinals: "2." -> "zweiter", "am 3. Tag" -> "am dritten Tag", "121tem" -> "...
    zwanzigstem"."""
    text = _WRITTEN.sub(lambda m: ordinal(int(m["num"]), m["end"]), text)
    if "." in text:  # a quick test before the search
        text = _DASHED_PAIR.sub(r"\1. bis ", text)

    def say(match: re.Match[str]) -> str:
        if not _is_ordinal(match):
            return match.group(0)
        before, noun = match.string[: match.start()], match["next"]
        joined = _JOINED_BEFORE.search(before)
        if joined:
            before = before[: joined.start()]
        elif noun:
            pair = _JOINED_AFTER.match(match.string, match.end())
            noun = pair["noun"] if pair else noun
        ending = ending_after(before)
        if (
            noun
            and noun[0].isupper()
            and (ending == "er" or (_BETWEEN.search(before) and noun not in MONTHS))
        ):
            ending = _ending_before(noun, before)
        return ordinal(int(match["num"]), ending)

    return _DOTTED.sub(say, text)
