"""Abbreviations that a number or a word beside them decides.

- "ca. 1500" / "c. 1500" -> "circa"; "est. 1850" -> "established", "est. $5m" ->
  "estimated", "(2003 est.)" -> "estimate" (`circa_and_est`)
- "Gen. 3" -> "Genesis" (a book of the Bible before a chapter), where "Gen. Lee" is a general
- ", eg apples" -> "for example"; "the MS." -> "the manuscript"; "a min of 3" -> "minimum"
- "Min. temp", "the min. and max. values" -> "minimum", "maximum"; "Foreign Min. Lavrov" ->
  "Foreign Minister Lavrov"
- "Mon-Fri", "open Sat 10-6", "Sat. night", "Mon 9am" -> weekdays (`weekdays_short`);
  "Monday-Friday", "Wed.-Fri." -> "Monday to Friday", "Wednesday to Friday"; "(b. 1950)" ->
  "born", "(d. 1850)" -> "died" (`life_events`); "the est. cost" -> "the estimated cost"
- "Pop. 12,000", "(pop. 3.4 million)", "the pop. fell" -> "Population", "population": before a
  number or a word in small letters
- after a day of the month, old letters' "the 3rd inst.", "the 14th ult.", "the 2nd prox." ->
  "instant", "ultimo", "proximo"; "the 2nd ed." -> "edition", "the 89th min." -> "minute";
  "the Rt. Hon." -> "Right"; "the Rt Hon" -> "the Right Honorable"; "dir. of", "the Eastern
  Conf.", "Reg. price", "in OT win" and others a neighbour decides (`decided_by_neighbours`)
- "S. Korea's exports", "N. Korea", "W. Virginia" -> "South Korea's", ...: a compass point
  written short before a country's or region's name (`compass_places`)
- "M. Poirot", "MM. Dupont and Durand", "Mons. Pelet" -> "Monsieur", "Messieurs": "M." before
  a surname, not after a name or an initial ("George M. Thomas")
"""

from __future__ import annotations

import re

from narrator.spoken.en.circa_and_est import read_circa_and_est
from narrator.spoken.en.compass_places import COMPASS_PLACES as COMPASS_PLACES
from narrator.spoken.en.compass_places import read_compass_places
from narrator.spoken.en.context import NUMBER_AHEAD, ORDINAL_WORD, stop_after
from narrator.spoken.en.decided_by_neighbours import read_words_decided_by_neighbours
from narrator.spoken.en.life_events import read_life_events
from narrator.spoken.en.monsieur import read_monsieur
from narrator.spoken.en.weekdays_short import FULL_DAYS as FULL_DAYS
from narrator.spoken.en.weekdays_short import WEEKDAYS as WEEKDAYS
from narrator.spoken.en.weekdays_short import read_short_weekdays
from narrator.spoken.tables import read_mapping, read_table

_TITLES = {row[0] for row in read_table("en", "titles")} | set(read_mapping("en", "given_names"))
# Books of the Bible before a chapter: "Matt. 5", "1 Cor. 13"; "Gen. 1" is Genesis where
# "Gen. Lee" is a general, and "Rev. 21" Revelation where "Rev. Smith" is a reverend.
BOOKS = read_mapping("en", "bible_books")
_BOOK = re.compile(
    rf"\b(?:(?P<nth>[123]) )?(?P<book>{'|'.join(b for b in BOOKS if b not in _TITLES)})\."
)
# What it needs, searched first: led by a word boundary, it is tried at every position.
_BOOK_NAME = re.compile(rf"(?:{'|'.join(b for b in BOOKS if b not in _TITLES)})\.")
_NTH = {"1": "First ", "2": "Second ", "3": "Third "}
_NUMBER_BEFORE = re.compile(r"\d\s?$")

# "eg" and "ie" undotted, where only the phrase can stand: after a comma or a parenthesis.
_UNDOTTED_LATIN = re.compile(r"(?:(?<=, )|(?<=\())(?P<abbr>eg|ie)(?=[ ,])")
_LATIN = {"eg": "for example", "ie": "that is"}
# "the MS." is a manuscript, also after its state, a library or a writer ("the Vatican MS.").
_MANUSCRIPT = re.compile(
    r"\b(?P<det>(?:the|The|this|This|that|his|her|my|our|their|same|original|[A-Z][a-z]+'s)"
    r"(?: (?:[a-z]+(?:ed|en)|whole|entire|complete|original|old|rough|final|[A-Z][a-z]+)){0,2})"
    r"\s+MS\."
)
# Undotted, a manuscript where the sentence speaks of writing: "the editor returned the MS",
# "she sent her MS to publishers" ("her MS worsened" is the illness).
_MANUSCRIPT_UNDOTTED = re.compile(
    r"\b(?P<det>the|The|this|This|his|her|my|our|their|original)\s+MS\b(?![.'’-]?\w)"
)
_WRITING = re.compile(
    r"\b(?:novels?|publish\w*|editors?|author|poems?|poetry|draft|typed|wrote|written|"
    r"chapters?|proofs?|literary|agent|memoir)\b"
)


def _say_book(match: re.Match[str]) -> str:
    if not NUMBER_AHEAD.match(match.string, match.end() + 1):
        return match.group(0)
    return _NTH.get(match["nth"] or "", "") + BOOKS[match["book"]]


# "min" and "max" after an article and before "of" or a word of a measured thing are the
# least and the most: "a min of 3 players", "the max speed"; "wait a min" stays.
# Led by the "m", the article looked behind from there: a pattern led by a look-behind is
# tried at every position of the text, and "min" is in many words ("administration").
_MIN_MAX = re.compile(
    r"(?P<word>m(?:(?<=\b[Tt]he m)|(?<=\b[Aa] m))(?:in|ax))\.?"
    r"(?= of\b| (?:temperature|temp|wage|speed|age|height|weight|price|value|level|size|"
    r"number|amount|load|depth|width|length|stay|bet|"
    r"order|pressure|power|score|capacity|limit|range|rate|dose|time)s?\b)"
)
_EXTREMES = {"min": "minimum", "max": "maximum"}
# Dotted, in any case, before a word in lower case or the other one, the least and the most:
# "Min. temp", "the min. and max. values", "Max. speed" (after no number: "5 min. walk").
_DOTTED_MIN_MAX = re.compile(
    r"(?<![\w.])(?P<word>[Mm]in|[Mm]ax|MIN|MAX)\.(?= [a-z]| and (?:[Mm]ax|[Mm]in)\.)"
)
# Before a name after a capitalised word, a minister: "Foreign Min. Lavrov".
_MINISTER = re.compile(r"(?<=[a-z] )Min\.(?= [A-Z][a-z])")


# Capitalised before "of" and a name, a ministry: "the Min. of Defence" (not the minimum).
_OF_A_NAME = re.compile(r" of (?:the )?[A-Z]")


def _say_dotted_extreme(match: re.Match[str]) -> str:
    start = match.start()
    if match["word"] == "Min" and _OF_A_NAME.match(match.string, match.end()):
        return "Ministry"
    if _NUMBER_BEFORE.search(match.string, max(0, start - 3), start):
        return match.group(0)
    said = _EXTREMES[match["word"].lower()]
    return said.title() if match["word"][0].isupper() else said


# After a day of the month (read already), old letters name the month: "the 3rd inst." (this
# month), "the 14th ult." (last), "the 2nd prox." (next), capitalised too ("the 17th Inst.",
# not an institute there); after an ordinal "ed." is an edition.
# The words first (the ordinal before them is looked for after): a pattern that starts with a
# look-behind is tried at every position of the text (so below for "Sect.", "M." and the
# compass points, whose look-behinds follow their letters).
_AFTER_ORDINAL = re.compile(  # a match's minute undotted too: "scored in the 89th min"
    r"(?P<abbr>[Ii]nst|[Uu]lt|[Pp]rox|ed|edn|Batt|Coy|Sqn|Bty|min)(?:\.(?!\w)|(?<=min)\b(?![.'-]))"
)
_ORDINAL_BEFORE = re.compile(rf"\b{ORDINAL_WORD.pattern} $")
_AFTER_ORDINAL_SAID = {
    "inst": "instant", "ult": "ultimo", "prox": "proximo", "ed": "edition", "edn": "edition",
    "batt": "Battalion", "coy": "Company", "sqn": "Squadron", "bty": "Battery",
    "min": "minute",
}  # fmt: skip
# "do." (ditto) in accounts and lists, after a semicolon, a comma or at a line's start, before
# a word in small letters or a figure: "candles, 4s.; do. for soap, 2s." ("as I do." ends one).
_DITTO = re.compile(r"(?:(?<=[;,] )|(?<=[Dd]o\. )|^)(?P<do>[Dd]o)\.(?= [a-z\d£$])", re.MULTILINE)
# A note's "Id." (idem, the same author) at its start or after a semicolon, before a comma or
# a page: "Id., ib., p. 93", "Ibid.; id., p. 4" ("said Id. was the seat" is the id).
_IDEM = re.compile(r"(?:^|(?<=; ))(?P<i>[Ii])d\.(?=,| at p| p\.| pp\.| page)", re.MULTILINE)
# "App." before a note, a letter, a numeral or a number is an appendix: "App. note K", "App. B".
_APPENDIX = re.compile(
    rf"\bApp\.(?= (?:[A-Z]\b|[IVXLC]+\b|[ivxlc]+\b|notes?\b)|{NUMBER_AHEAD.pattern})"
    r"|(?<=\bthe )App\.(?=\s*$|\s+[A-Z]|[,;)])"
)
# "Sect." and "sec." before a number or a numeral are a section: "Sect. 4", "sec. iv" (after
# a number "sec." is seconds, read with the units).
_SECTION = re.compile(
    r"[Ss]ect?\.(?<![\w.][Ss]ec\.)(?<![\w.][Ss]ect\.)(?=\s?(?:\d|[ivxlc]+\b|[IVXLC]+\b))"
)
# "Rt." before a title is Right: "the Rt. Hon. member" ("Hon." is read already), "Rt Rev".
_RIGHT = re.compile(r"\bRt\b\.?(?= (?:Hon|Honorable|Honourable|Rev|Reverend|Worshipful)\b)")
# After "Right", undotted "Hon" and "Rev" are the titles too ("the Rt Hon Boris Johnson"), where
# alone they may be a name ("Hon Hai").
_RIGHT_TITLE = re.compile(r"(?<=\bRight )(?P<title>Hon|Rev)\b(?!\.)")


# "v." and "vv." after a chapter, before a number, are its verse or verses: "chap. iii. v. 16"
# (read "chapter three v. 16" by then), "Matthew five vv. 3-12"; elsewhere "v." is versus.
_VERSE = re.compile(r"(?<![\w.])(?P<v>vv|v|ver)\.\s?(?=\d)")
_CHAPTER_BEFORE = re.compile(
    r"(?:\b(?:[Cc]hapter|[Cc]hap\.|[Cc]h\.)\s+[\w-]+|\b[A-Z][a-z]+\.? (?:[ivxlc]+|(?:[a-z]+-)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)))"
    r"[.,]?\s$"
)


def read_verses(text: str) -> str:
    """ "chapter three v. 16" -> "chapter three verse 16", before "v." is read as versus."""
    if "v." not in text and "vv." not in text and "ver." not in text:
        return text
    return _VERSE.sub(_say_verse, text)


def _say_verse(match: re.Match[str]) -> str:
    start = match.start()
    if not _CHAPTER_BEFORE.search(match.string, max(0, start - 30), start):
        return match.group(0)
    return "verses " if match["v"] == "vv" else "verse "


def _say_after_ordinal(match: re.Match[str]) -> str:
    start = match.start()
    if not _ORDINAL_BEFORE.search(match.string, max(0, start - 24), start):
        return match.group(0)
    return _AFTER_ORDINAL_SAID[match["abbr"].lower()] + stop_after(match)


# "Pop. 12,000", "the town's pop. fell": a population before a number or a small word its point
# ends no sentence before; "He likes pop." may be the music. A census's "Pop. Tables" too.
_POPULATION = re.compile(r"\b[Pp]op\.(?=\s?\d| [a-z])|\bPop\.(?= (?:Tables|Returns|Abstract)\b)")


def read_context_phrases(text: str) -> str:
    """The abbreviations that a number or a word beside them decides: "ca. 1500", "est.
    1850", ", eg apples", "the MS."."""
    text = read_circa_and_est(text)
    if any(form in text for form in (", eg ", ", ie ", "(eg ", "(ie ", ", eg,", ", ie,")):
        text = _UNDOTTED_LATIN.sub(lambda m: _LATIN[m["abbr"]], text)
    if _BOOK_NAME.search(text):
        text = _BOOK.sub(_say_book, text)
    if any(form in text for form in ("t.", "x.", "d.", "n.", "y.", " min")):
        text = _AFTER_ORDINAL.sub(_say_after_ordinal, text)
    if "min" in text or "max" in text:
        text = _MIN_MAX.sub(lambda m: _EXTREMES[m["word"]], text)
    if "in." in text or "ax." in text or "IN." in text or "AX." in text:
        text = _DOTTED_MIN_MAX.sub(_say_dotted_extreme, text)
        text = _MINISTER.sub("Minister", text)
    text = read_short_weekdays(text)
    if "MS." in text:
        text = _MANUSCRIPT.sub(lambda m: f"{m['det']} manuscript" + stop_after(m), text)
    if "MS" in text and _WRITING.search(text):
        text = _MANUSCRIPT_UNDOTTED.sub(lambda m: f"{m['det']} manuscript", text)
    if "b." in text or "d." in text or "fl." in text or "r." in text:
        text = read_life_events(text)
    text = read_words_decided_by_neighbours(text)
    if "o." in text:
        text = _DITTO.sub(lambda m: "ditto" if m["do"] == "do" else "Ditto", text)
    if "d." in text:
        text = _IDEM.sub(lambda m: f"{m['i']}dem", text)
    if "App." in text:
        text = _APPENDIX.sub(lambda m: "Appendix" + stop_after(m), text)
    if "ect." in text or "ec." in text:
        text = _SECTION.sub(lambda m: "Section" if m.group(0)[0] == "S" else "section", text)
    if "Rt" in text:
        text = _RIGHT.sub("Right", text)
        text = _RIGHT_TITLE.sub(lambda m: "Honorable" if m["title"] == "Hon" else "Reverend", text)
    if "op." in text:
        text = _POPULATION.sub(
            lambda m: "Population" if m.group(0)[0] == "P" else "population", text
        )
    text = read_compass_places(text)
    if "M. " in text or "MM. " in text or "Mons. " in text:
        text = read_monsieur(text)
    return text
