"""Abbreviations a reader expands: titles, words after names, Latin and calendar phrases.

- "Gov. Newsom" -> "Governor Newsom"; "Lt. Col." -> "Lieutenant Colonel"; "Dr Smith" ->
  "Doctor Smith" (the commonest titles also undotted before a name)
- "St. Louis" -> "Saint Louis", "Main St." -> "Main Street"; "Dr." likewise Doctor or Drive
  (the saints_or_streets step);
  after a state's name a university, as sports pages write it: "Penn St. beat Ohio St." ->
  "Penn State beat Ohio State" (but "on Ohio St." is a street); "the Drs." -> "the Doctors"
- "Acme Inc." -> "Acme Inc" (said "ink", as newsreaders do); "John Smith Jr." -> "John Smith
  Junior"; undotted and in any case after a name: "Acme Ltd", "Al Unser, jr", "Warner bros"
- "e.g.", "E.G.", ", eg" -> "for example"; "vs." -> "versus"; "Sept." -> "September";
  old books' "ibid.", "viz.", "&c.", "cf.", "the MS." -> "ibidem", "namely", ...
- decided by a number beside them: "ca. 1500" / "c. 1500" -> "circa"; "est. 1850" ->
  "established", "est. $5m" -> "estimated", "(2003 est.)" -> "estimate"; "Gen. 3" ->
  "Genesis", "Gen. Lee" -> "General"
- "the Czech Rep." -> "the Czech Republic" (after a country's adjective; "the Rep. from Ohio")
- "Jr." even starting a sentence -> "Junior"; "in Co. Cork" -> "County", "Acme Co." ->
  "Company"; "Wm. Smith" -> "William Smith" (given names written short, before a surname)
- a period that also ended the sentence is kept; undotted "St", "Co", "Gen" left alone if unclear
"""

from __future__ import annotations

import re

from narrator.spoken.en.abbreviations_in_context import (
    BOOKS,
    COMPASS_PLACES,
    FULL_DAYS,
    WEEKDAYS,
    read_context_phrases,
    read_verses,
)
from narrator.spoken.en.after_names import AFTER_NAME as _AFTER_NAME
from narrator.spoken.en.after_names import DETERMINER_BEFORE as _DETERMINER_BEFORE
from narrator.spoken.en.after_names import NAME_AHEAD as _NAME_AHEAD
from narrator.spoken.en.after_names import NAME_FOLLOWS, read_words_after_names
from narrator.spoken.en.after_names import ORDINAL_BEFORE as _ORDINAL_BEFORE
from narrator.spoken.en.closings import read_closings
from narrator.spoken.en.compass import COMPASS_FORMS, read_compass_points
from narrator.spoken.en.context import (
    CALENDAR_WORD,
    NUMBER_AHEAD,
    starts_word,
    stop_after,
    stop_before_a_capital,
)
from narrator.spoken.en.decided_by_neighbours import POSITIONS, RANK_FORMS
from narrator.spoken.en.given_names import (
    CONTRACTED_FORMS,
    GIVEN_NAMES,
    read_contracted_given_names,
    said_without_surname,
    whole_name_left,
)
from narrator.spoken.en.languages import LANGUAGES, read_languages
from narrator.spoken.en.learned_titles import LEARNED_TITLE_WORDS, read_learned_titles
from narrator.spoken.en.places_short import PLACES_WRITTEN_SHORT, read_places_written_short
from narrator.spoken.en.saints_or_streets import read_saints_or_streets
from narrator.spoken.en.scholarly import HINT_FORMS, read_scholarly, read_years_of_lives
from narrator.spoken.en.state_lists import STATES_WRITTEN_SHORT, read_states_in_lists
from narrator.spoken.en.street_types import STREET_TYPES, read_street_types
from narrator.spoken.rules import Step, word_start
from narrator.spoken.tables import read_mapping, read_table

# Given names written short ("Wm. Smith") are read like titles, before a surname only.
_GIVEN_NAMES = GIVEN_NAMES
_TITLES = {row[0]: row[1] for row in read_table("en", "titles")} | _GIVEN_NAMES
_LOWER_CASE_TITLES = frozenset(
    {"Mr", "Mrs", "Dr", "Prof", "Mt", "Ft", "Gov", "Sen", "Lt", "Sgt", "Capt", "Rev",
     "Supt", "Insp", "Cllr", "Messrs"}
)  # fmt: skip
_UNDOTTED_TITLES = tuple(row[0] for row in read_table("en", "titles") if row[2] == "yes")
# Titles whose dotted form is also another word's ("Pt." a part, "Br." British, "Dep." a
# department): read only before a name, as given names written short are.
_STATE_NAMES = frozenset(read_mapping("en", "states").values())
_NAMED_ONLY = frozenset(row[0] for row in read_table("en", "titles") if row[2] == "name")
# Phrases read wherever they stand, and the dotted states that are no other word ("Calif.").
_PHRASES = read_mapping("en", "phrases") | {
    f"{short}.": state for short, state, anywhere in read_table("en", "ap_states") if anywhere
}
# One alternation of literals at the start lets the regex engine skip to capital letters.
_TITLE = re.compile(rf"(?:{'|'.join(_TITLES)})(?:\.|\b{_NAME_AHEAD})")
# Titles in capitals ("MR. BENNET") or in lower case ("gov. Brown", "mt Pleasant", "dr Henry"),
# as headings and careless text write them: dotted before a name; in lower case also undotted,
# for the titles that are so before a name. Lower case only for the titles no common word or
# unit shares a spelling with ("col", "rep", "gen", "sec", "ms" are left).
# Undotted in lower case before a name, only the commonest ("mr Doron", "mt Pleasant").
_UNDOTTED_LOWER_CASE_TITLES = frozenset({"mr", "mrs", "dr", "mt", "prof"})
_OTHER_CASE_TITLES = {
    form: title
    for title in _TITLES
    for form in (title.upper(), title.lower())
    if form != title and (form.isupper() or title in _LOWER_CASE_TITLES)
}
_OTHER_CASE_TITLE = re.compile(
    rf"(?P<title>{'|'.join(sorted(_OTHER_CASE_TITLES, key=lambda f: (-len(f), f)))})"
    rf"(?:(?P<dot>\.)|\b(?=\s+[A-Z][a-z])){_NAME_AHEAD}"
)
# "Rep." after a country's adjective and before no name is its republic: "the Czech Rep.",
# "Dominican Rep. officials"; before a name a representative ("Ohio Rep. Jim Jordan").
_REPUBLIC_BEFORE = re.compile(
    r"\b(?:Czech|Dominican|Slovak|Central African|Kyrgyz|Arab|Islamic|People's|Democratic|"
    r"Federal|Socialist|Korean|Irish|French|Weimar)\s$"
)
# A mountain's col named by the words before it, its point the sentence's: "camped on the South
# Col.", "the North Col. was swept by wind"; a colonel's "Col." stands before his name ("the
# Acting Col. Smith"), and so a capital after it is left to him.
_A_NAMED_COL = re.compile(
    r"\b[Tt]he\s+(?:(?!(?:Lieutenant|Lieut|Acting|Deputy|Full|Honorary)\b)[A-Z][a-z]+\s+){1,2}$"
)
# "Gen. Z" is a generation, said "Gen Z"; so is "the Gen. 2 model" ("Gen. 2" is Genesis).
_GENERATION = re.compile(
    r"\s(?:[XYZ]|Alpha)\b|\s\d{1,2} (?=(?:models?|version|consoles?|chips?|processors?|devices?|"
    r"hardware|vehicles?|cars?|engines?|fighters?|aircraft|reactors?|iPads?|iPhones?|Pro|Air|Echo|"
    r"Kindle|systems?|sensors?|platform|network|phones?|Pokémon|games)\b)"
)
_MONTH_NAMES = frozenset(row[0] for row in read_table("en", "months"))
_CAPITAL_PHRASES = [p for p in _PHRASES if p[0].isupper()]
_LOWER_PHRASES = [p for p in _PHRASES if not p[0].isupper()]
_CAPITAL_PHRASE = re.compile(
    rf"(?:{'|'.join(re.escape(p) for p in sorted(_CAPITAL_PHRASES, key=len, reverse=True))})(?!\w)"
)
_LOWER_PHRASE = re.compile(
    rf"(?:{'|'.join(re.escape(p) for p in sorted(_LOWER_PHRASES, key=len, reverse=True))})(?!\w)"
)
# A pattern that starts with a lower-case letter is tried at almost every position; a
# substring check per word is cheaper, and most lines have none of them. A dotted phrase is
# looked for with its dot unless it is a phrase without it too: "incl." is in no "include".
_LOWER_FORMS = sorted(
    {p for p in _LOWER_PHRASES if not (p.endswith(".") and p[:-1] in _LOWER_PHRASES)}
    | {"v.", "vv."}
)


def read_abbreviations(text: str) -> str:
    """Expand what a reader expands ("Gov." -> "Governor", "e.g."): `STEPS` in turn."""
    for _semiotic_class, step in STEPS:
        text = step(text)
    return text


def read_titles_and_phrases(text: str) -> str:
    """The abbreviations' own step: titles, saints, streets, phrases, words after names."""
    text = read_saints_or_streets(text)
    text = _TITLE.sub(_say_title, read_contracted_given_names(text))
    text = _OTHER_CASE_TITLE.sub(_say_other_case_title, text)
    # Phrases before the words after names: "Pvt Ltd" is one phrase, not "Pvt" and "Limited".
    text = _CAPITAL_PHRASE.sub(_say_phrase, text)
    if any(form in text for form in _LOWER_FORMS):
        text = read_verses(text)
        text = _LOWER_PHRASE.sub(_say_phrase, text)
    text = read_words_after_names(text)
    text = read_street_types(text)
    return read_years_of_lives(read_context_phrases(text))


# The narrower classes claim their forms before titles and phrases would misread them.
STEPS: tuple[Step, ...] = (
    ("closings", read_closings),
    ("languages", read_languages),
    ("scholarly", read_scholarly),
    ("learned_titles", read_learned_titles),
    ("state_lists", read_states_in_lists),
    ("places_short", read_places_written_short),
    ("compass", read_compass_points),
    ("abbreviations", read_titles_and_phrases),
)


def _say_phrase(match: re.Match[str]) -> str:
    if not starts_word(match):
        return match.group(0)
    start = match.start()
    if match.group(0) == "Inst." and _ORDINAL_BEFORE.search(
        match.string, max(0, start - 24), start
    ):
        return match.group(0)  # "the 17th Inst.": this month's, read with "inst." after
    # After a determiner "vs" is a word of its own, not "versus": "the vs packages".
    if match.group(0) == "vs" and _DETERMINER_BEFORE.search(match.string, max(0, start - 7), start):
        return match.group(0)
    said = _PHRASES[match.group(0)]
    if said in _MONTH_NAMES or said in FULL_DAYS:
        # After a month or a day only a date or the calendar's words go on: "in Jan. Workers".
        return said + stop_before_a_capital(match, CALENDAR_WORD)
    return said + stop_after(match)


_LOWER_WORD_AHEAD = re.compile(r" (?!the\b)[a-z]{3,}")


# A rank of two words, undotted as British and military writers write it ("Lt Col", "Maj Gen",
# "Brig Gen", "Vice Adm", "Sqn Ldr"): each word a title, the second before a name.
_RANK_BEFORE = re.compile(r"\b(?:Lt|Maj|Brig|Vice|Rear|Flt|Wg|Sqn|Gp|Air|Lieut)\.? $")
_RANK_AHEAD = re.compile(r" (?:Col|Gen|Lt|Cdr|Adm|Ldr|Capt|Cdre)\.?(?= [A-Z])")


# A bishop is named by his see as well as by his name: "the Bp. of London", "Abp. of York".
_SEES = frozenset({"Bp", "Abp", "Archbp"})
_SEE_AHEAD = re.compile(r" of [A-Z]")


def _the_office_before_a_verb(match: re.Match[str]) -> bool:
    """Whether a bishop's title stands alone for its holder: "the Abp. informed"."""
    text, start = match.string, match.start()
    return text.endswith("the ", max(0, start - 4), start) and bool(
        _LOWER_WORD_AHEAD.match(text, match.end())
    )


def _in_a_compound_rank(match: re.Match[str]) -> bool:
    text, start = match.string, match.start()
    return bool(
        _RANK_BEFORE.search(text, max(0, start - 7), start) or _RANK_AHEAD.match(text, match.end())
    )


def _a_named_col(match: re.Match[str]) -> bool:
    """Whether "Col." ends a mountain col's name: "the South Col.", not "the Acting Col. Smith"."""
    text, start = match.string, match.start()
    if NAME_FOLLOWS.match(text, match.end()):
        return False
    return _A_NAMED_COL.search(text, max(0, start - 30), start) is not None


# A rank or an office may end a sentence ("He was made Lt. Col. The war ended.", "met the Gov.
# Then"), its point the stop: the next sentence starts with a word no name is ("The", "Then"),
# though "The Hon." may be his.
_RANKS = frozenset(
    [
        "Gen",
        "Lt",
        "Col",
        "Sgt",
        "Capt",
        "Cmdr",
        "Adm",
        "Maj",
        "Cpl",
        "Pvt",
        "Lieut",
        "Cdr",
        "Sergt",
        "Genl",
        "Brig",
        "Pfc",
        "Comdr",
        "Cdre",
        "Corpl",
        "Pte",
        "Gnr",
        "Spr",
        "Tpr",
        "Bombr",
        "Serjt",
        "Serj",
        "Adjt",
        *("Sgts", "Cpls", "Lts", "Profs", "Pvts", "Capts"),
        *("Gov", "Supt", "Insp", "Prof", "Det"),
    ]
)
_NEXT_SENTENCE = re.compile(
    r"\s+[\"'\u201c]?(?:The(?!\s+(?:Hon|Rev|Rt|Right|Very|Most|Lord|Lady|Earl|Duke|Master)\b)|"
    r"He|She|It|They|We|But|And|In|On|At|Then|His|Her|There|This|That|After|When|Next|Later|"
    r"Soon|By|Within|Two|Three)\b"
)


def _rank_ending_a_sentence(title: str, match: re.Match[str]) -> str:
    """ "." when a dotted rank ends its sentence: "promoted to Capt. Then came France"."""
    text, end = match.string, match.end()
    ends = title in _RANKS and text[end - 1] == "." and _NEXT_SENTENCE.match(text, end)
    return "." if ends else ""


def _say_title(match: re.Match[str]) -> str:
    """Titles expand when dotted; the commonest also undotted before a name ("Dr Smith")."""
    title = match.group(0).rstrip(".")
    dotted = match.group(0).endswith(".")
    if not starts_word(match) or not (
        dotted or title in _UNDOTTED_TITLES or _in_a_compound_rank(match)
    ):
        return match.group(0)
    if title == "Gen" and _GENERATION.match(match.string, match.end()):
        return "Gen"
    if title == "Col" and _a_named_col(match):
        return "Col" + stop_after(match)
    if title in BOOKS and dotted and NUMBER_AHEAD.match(match.string, match.end() + 1):
        return BOOKS[title]
    if (
        title == "Rep"
        and dotted
        and _REPUBLIC_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
    ):
        stop = stop_after(match)
        if stop or not NAME_FOLLOWS.match(match.string, match.end()):
            return "Republic" + stop
    if title == "Assoc" and dotted and not NAME_FOLLOWS.match(match.string, match.end()):
        return "Association" + stop_after(match)  # after a name: "the American Bar Assoc."
    if whole_name_left(title, match):
        return match.group(0)
    named_only = title in _GIVEN_NAMES or title in _NAMED_ONLY
    if (said := said_without_surname(title, match)) is not None:
        return said
    if title in _SEES and dotted and _SEE_AHEAD.match(match.string, match.end()):
        return _TITLES[title]  # "the Bp. of London"
    if title in _SEES and dotted and _the_office_before_a_verb(match):
        return _TITLES[title]  # "the Abp. informed the Bishop"
    if named_only and not NAME_FOLLOWS.match(match.string, match.end()):
        if title == "Fr" and dotted and _LOWER_WORD_AHEAD.match(match.string, match.end()):
            return "French"  # "the Fr. translation"; "Fr. Brown" is a priest
        return match.group(0)
    # Glued to its name ("Dr.Smith"), it is parted from it.
    glued = match.string[match.end() : match.end() + 1].isalpha()
    return _TITLES[title] + (" " if glued else _rank_ending_a_sentence(title, match))


# A library's mark after "MS.", a number or a collection's name ("MS. Harl. 2253", "MS. Bodley
# 264", "MS. 408"): the manuscript, where "MS." would otherwise be "Ms." in capitals.
_SHELFMARK_AHEAD = re.compile(r"\s+(?:\d|[A-Z][a-z]+\.?\s+\d|[A-Z][a-z]{1,4}\.\s)")


def _say_other_case_title(match: re.Match[str]) -> str:
    """ "MR. BENNET" -> "Mister BENNET", "gov. Brown" -> "Governor Brown", "mt Pleasant" ->
    "Mount Pleasant": dotted, or in lower case undotted where the title is so before a name."""
    title = _OTHER_CASE_TITLES[match["title"]]
    if not starts_word(match):
        return match.group(0)
    if match["title"] == "MS" and _SHELFMARK_AHEAD.match(match.string, match.end()):
        return "manuscript"
    if not match["dot"] and match["title"] not in _UNDOTTED_LOWER_CASE_TITLES:
        return match.group(0)
    return _TITLES[title]


# A title in capitals or in lower case before a name. Every rewrite above is of one of these
# words, at the start of a word and whole (see `word_start`, which finds the lower-case ones
# from the character before them).
_HINT_FORMS = sorted(
    {"St", "ST", "st", "Dr", "DR", "MS", "ca", "Ca", "CA", "c", "C", "est", "Est", "eg", "ie"}
    | {"b.", "d.", "fl.", "r.", "Parl.", "S. Paul", "S. Peter", "S. John", "S. James", "coll."}
    | {"min", "max", "Min", "Max", "MIN", "MAX", "Pct.", *RANK_FORMS}
    | {"inst.", "ult.", "prox.", "Ult.", "Prox.", "ed.", "edn.", "Rt", "M.", "MM.", "Mons."}
    | {"Sect.", "sect.", "Sec.", "sec.", "Pop.", "pop.", "Yr.", "yr.", "Yrs.", "yrs.", "Batt."}
    | {"lat.", "long.", "temp.", "L.", "Linn.", "O.S.", "N.S.", "O. S.", "N. S.", "Coy.", "Sqn."}
    | {*STATES_WRITTEN_SHORT, *HINT_FORMS, *PLACES_WRITTEN_SHORT}
    | LEARNED_TITLE_WORDS
    | {"affect.", "C. of", "Pt.", "Bty.", "do.", "Do.", "Treas.", "App.", "Id.", "id.", "dir."}
    | {"Conf.", "Reg.", "reg.", "Dem.", "agg.", "DEM.", "OT", "HT", "FT", "F/T", "H/T"}
    | {"Q.", "Ques.", "Quest.", "Ans.", "K.", "Cong.", "O.R.", "O.Rs.", "Question", "Cat.", "Cat"}
    | {"incl.", "App.", "Cdo", "Coy", "Exp.", "exp.", "reb.", "ast.", "inn.", "cert.", *POSITIONS}
    | {"pass.", "prop.", "props.", "stl.", "blk."}
    | {"S&P", "cond.", "rev.", "est.", "nr.", "Nr.", "dir.", "TD", "TDs", "INT", "INTs", "n."}
    | {"s.v.", "s. v.", "tr.", "trans.", "Ch.", "R.R.", "Str.", "Is.", "I. of", "G. of", "ser."}
    | COMPASS_FORMS
    | CONTRACTED_FORMS
    | {f"{before} {letter}." for before in ("the", "crossed", "across") for letter in "RL"}
    | {f"{short}." for short in LANGUAGES}
    | set(STREET_TYPES)
    | {f"{point}. {place}" for point in "NSEW" for place in COMPASS_PLACES}
    | {f"{point} {place}" for point in ("NE", "NW", "SE", "SW") for place in COMPASS_PLACES}
    | {f"{point} {state}" for point in ("NE", "NW", "SE", "SW") for state in _STATE_NAMES}
    | {*_TITLES, *_PHRASES, *BOOKS, *WEEKDAYS}
    | {
        f"{a}{dash}{b}"
        for a in FULL_DAYS
        for b in FULL_DAYS
        for dash in ("-", "–", " – ")
        if a != b
    }
    | {f"{form}." for form in _OTHER_CASE_TITLES}
    | _UNDOTTED_LOWER_CASE_TITLES
    | {form for word in _AFTER_NAME for form in (word, word.lower(), word.title(), word.upper())}
)
HINT = word_start(_HINT_FORMS)
