"""Words that antiquaries' and historians' books write short before a name:

- "built temp. Eliz.", "a cup, temp. Charles II" -> "in the time of Elizabeth", "in the time
  of Charles II": "temp." (tempore) in small letters before a capitalised name ("the temp. 35"
  and "Max. temp. Tuesday" are temperatures: a number or a word of the weather follows them)
- "wrecked off C. Hatteras", "rounded C. Horn" -> "Cape Hatteras", "Cape Horn": "C." after a
  word of sailing past, before a place's name ("C. Dickens" elsewhere is an initial)
- "Johnson, s.v. \"oats\"", "the entry s.v. Mercia" -> "under the word": "s.v." (sub voce) after
  a comma or a word of looking up, or before a quoted word; elsewhere it is spelled, as
  Wikipedia's readers spell it in a run of references ("Festus s.v. curiales")
- "Wood, Athenae, ed. Bliss", "Camden, tr. Gough" -> "edited by Bliss", "translated by Gough";
  "Stow's Survey, ed. 1720" -> "edition 1720": after a comma, before a name or a year
- "the Ch. of England" -> "the Church of England", "at Ch. Ch., Oxford" -> "at Christ Church"
- "the Hon. Sec. of the Club" -> "the Honorary Secretary": before an office held unpaid
- "Rosa canina, L." -> "Rosa canina, Linnaeus": the authority after a species' Latin name
- "MS. Harl. 6990", "MS. Cott. Vesp. A. xiv." -> "manuscript Harley sixty-nine ninety", "Cotton
  Vespasian A xiv.": a library's collection and its press written short after "MS." or "MSS.",
  its number of four digits said in pairs, as a catalogue's numbers are
- "As S. Paul saith" -> "As Saint Paul saith": "S." before an apostle's or a Father's name;
  "S. Francisco", "S. Fe", "S. Paulo" -> "San Francisco", "Santa Fe", "São Paulo"
- "11 Feb. 1709 N.S.", "(30 May O.S.)", "(N.S.)" -> "New Style", "Old Style": the calendar
  after a date or alone in brackets ("Halifax, N.S." is Nova Scotia, read elsewhere)
"""

from __future__ import annotations

import re

from narrator.spoken.common.roman import roman_value
from narrator.spoken.en.context import ORDINAL_WORD, stop_after
from narrator.spoken.en.numbers import cardinal, year
from narrator.spoken.tables import read_words

# "temp." not after a word written short ("Max. temp."), before a capitalised name that is no
# weekday or setting ("temp. Tuesday", "set temp. High").
_NOT_A_NAME = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|High|Low|Max|Min)"
_IN_THE_TIME_OF = re.compile(rf"(?<!\. )(?<!\w)temp\.(?= [A-Z][a-z]+\b)(?! {_NOT_A_NAME})")
# A ship passes or lies off a cape: "rounded C. Horn", "sighted C. Race", "wrecked off C.
# Hatteras"; "fought off C. Brown" is a man.
_CAPE = re.compile(
    r"\b(?P<verb>(?:(?:wrecked|anchored|lay|lying|cruising|sank|sunk|foundered|lost|stranded|"
    r"ashore|aground|anchor) )?off|round|rounded|rounding|doubled|doubling|sighted|weathered) "
    r"C\.(?= [A-Z][a-z]{2,}\b)"
)


def _say_cape(match: re.Match[str]) -> str:
    if match["verb"] == "off":
        return match.group(0)
    return f"{match['verb']} Cape"


# "s.v." (or "s. v.") after a comma or a word of looking up, or before a quoted word.
_LOOKED_UP_BEFORE = "|".join(
    rf"(?<=\b{word} )" for word in ("entry", "article", "see", "See", r"cf\.", "under")
)
_SUB_VOCE = re.compile(
    rf"(?:(?<=, )|{_LOOKED_UP_BEFORE})s\.\s?v\.(?= )"
    r"|(?<![\w.])s\.\s?v\.(?= [\"\u201c\u2018'])"
)
_SPACED_SUB_VOCE = re.compile(r"(?<![\w.])s\. v\.(?= )")
# Collections of the old libraries and the Cotton library's presses, named after the emperors'
# busts that stood on them.
_COLLECTIONS = {
    "Harl": "Harley", "Cott": "Cotton", "Bodl": "Bodley", "Add": "Additional", "Lansd":
    "Lansdowne", "Egert": "Egerton", "Arund": "Arundel", "Rawl": "Rawlinson", "Ashm": "Ashmole",
    "Reg": "Royal", "Vesp": "Vespasian", "Tib": "Tiberius", "Jul": "Julius", "Calig": "Caligula",
    "Claud": "Claudius", "Domit": "Domitian", "Cleop": "Cleopatra", "Faust": "Faustina", "Aug":
    "Augustus", "Vitell": "Vitellius",
}  # fmt: skip
# Written in full, a collection or a press is said as written.
_IN_FULL = (
    "Harley", "Cotton", "Bodley", "Additional", "Lansdowne", "Egerton", "Arundel", "Rawlinson",
    "Ashmole", "Royal", "Laud", "Digby", "Douce", "Junius", "Sloane", "Nero", "Otho", "Galba",
    "Titus", "Vespasian", "Tiberius", "Julius", "Caligula", "Claudius", "Domitian", "Cleopatra",
    "Faustina", "Augustus", "Vitellius",
)  # fmt: skip
_COLLECTION = "|".join([*_COLLECTIONS, *_IN_FULL])
_PRESS_NUMERAL = r"(?=[ivxl]+\b)x{0,3}(?:ix|iv|v?i{0,3})"
_SHELFMARK = re.compile(
    rf"(?:\b(?P<ms>MSS?)\.? (?P<collection>{_COLLECTION})\b\.?"
    rf"|\b(?P<before>{_COLLECTION})\. (?P<ms_after>MSS?)\.)(?: (?P<press>{_COLLECTION})\b\.?)?"
    rf"(?: (?P<letter>[A-F])\.?(?: (?P<numeral>(?i:{_PRESS_NUMERAL}))\b\.?)?)?"
    r"(?: (?P<number>[1-9],?\d{3})\b(?![.,]\d))?"
)
_SHELFMARK_HINT = re.compile(r"\bMSS?\b")
# A library's number after "MS." (dotted: "the MS 150 course" is a code), or its press letter
# and numeral before the number, as catalogues print them: "MS. 408", "MS A. I. 58" (the Roman
# numerals' rule may have read the numeral: "MS B. three. 12") -> "manuscript 408",
# "manuscript A one 58".
_MANUSCRIPT_NUMBER = re.compile(
    r"\b(?P<ms>MSS?)(?:\.(?= \d)|\.?(?= [A-Z]\.? (?:[IVXL]+|[a-z]+)\.? \d))"
    r"(?: (?P<letter>[A-Z])\.? (?:(?P<numeral>[IVXL]+)|(?P<word>[a-z]+))\.?(?= \d))?"
)


def _say_manuscript_number(match: re.Match[str]) -> str:
    said = "manuscripts" if match["ms"] == "MSS" else "manuscript"
    if match["letter"]:
        numeral = match["word"] or cardinal(roman_value(match["numeral"]) or 0)
        said += f" {match['letter']} {numeral}"
    return said


def _say_shelfmark(match: re.Match[str]) -> str:
    """ "MS. Cott. Nero D. ii." -> "manuscript Cotton Nero D two"; "MS. Harl. 2253" ->
    "manuscript Harley twenty-two fifty-three"."""
    ms = "manuscripts" if "MSS" in (match["ms"], match["ms_after"]) else "manuscript"
    if match["before"]:
        said = [_COLLECTIONS.get(match["before"], match["before"]), ms]
    else:
        said = [ms, _COLLECTIONS.get(match["collection"], match["collection"])]
    if match["press"]:
        said.append(_COLLECTIONS.get(match["press"], match["press"]))
    if match["letter"]:
        said.append(match["letter"])
    if match["numeral"]:
        said.append(cardinal(roman_value(match["numeral"].upper()) or 0))
    if match["number"]:
        said.append(year(int(match["number"].replace(",", ""))))
    return " ".join(said) + stop_after(match)


# A reference's editor or translator after a comma or a bracket, before a name ("Wood,
# Athenae, ed. Bliss", "Camden, tr. Gough", "(ed. Burnet, 1900)"); its edition before a year
# ("Stow's Survey, ed. 1720").
_EDITED_BY = re.compile(
    r"(?:(?<=, )|(?<=\())(?P<word>ed|tr|trans)\.(?= (?:[A-Z][a-z]|(?P<year>1\d{3}\b)))"
)
_SAID_BEFORE_A_NAME = {"ed": "edited by", "tr": "translated by", "trans": "translated by"}


def _say_edited_by(match: re.Match[str]) -> str:
    if match["year"]:
        return "edition" if match["word"] == "ed" else match.group(0)
    return _SAID_BEFORE_A_NAME[match["word"]]


# "Ch." in capitals before "of" and a name is a church ("the Ch. of England"); twice, Christ
# Church, Oxford's college ("at Ch. Ch."); "Ch. 5" is a chapter, read elsewhere.
_CHURCH = re.compile(r"\bCh\. (?:(?P<christ>Ch\.)|(?=of [A-Z]))")


def _say_church(match: re.Match[str]) -> str:
    return "Christ Church" + stop_after(match) if match["christ"] else "Church "


# "Hon." before an office held unpaid is honorary: "the Hon. Sec. of the Club", "Hon. Treasurer";
# before a name it is the title, read elsewhere ("the Hon. John Smith"), and so it is before
# "Member" ("the Hon. Member for Bath", as Parliament says it).
_HONORARY = re.compile(
    r"\bHon\.(?= (?:Sec|Secretary|Treas|Treasurer|Fellow|Curator|Librarian|Physician|"
    r"Surgeon|Chaplain|Canon|Col|Colonel|Degree|Doctorate|Editor|Solicitor|Auditor)\b)"
)


# "S." before an apostle's or a Father's name is a saint, as old sermons and churches write
# it ("As S. Paul saith", "S. Peter's", "God. S. Matt. v. 8"); after a name, an initial or a
# title it is an initial ("John S. Paul", "J. S. Paul", "Mr. S. John").
_SAINT = re.compile(
    r"(?<!\b[A-Z]\. )(?<!\b[A-Z][a-z]\. )(?<!\b(?:Mrs|Rev|Col|Gen)\. )(?<!\bCapt\. )(?<!\bProf\. )"
    r"\bS\.(?= (?:Paul|Peter|John|James|Andrew|Matthew|Mark|"
    r"Matt|Luke|Thomas|Augustine|Ambrose|Jerome|Chrysostom|Gregory|Bernard|Francis|Stephen|"
    r"Bartholomew|Philip|Jude|Simon|Barnabas|Athanasius|Basil|Cyprian)\b)"
)


# "S." before a Spanish or Portuguese saint's name is a place's "San", "Santa" or "São", as old
# books and gazetteers write them: "S. Francisco", "S. Fe", "S. Paulo".
_SAN_OR_SANTA = re.compile(
    r"(?<!\b[A-Z]\. )(?<!\b[A-Z][a-z]\. )\bS\.(?= (?:(?P<san>Francisco|Diego|José|Jose|Antonio|"
    r"Juan|Salvador|Domingo|Sebastián|Fernando|Luis|Miguel|Pedro|Carlos|Lorenzo|Bernardino|"
    r"Mateo|Rafael|Joaquín|Joaquin|Felipe|Cristóbal|Cristobal|Blas|Ignacio)|(?P<santa>Fe|Barbara|"
    r"Cruz|Monica|Rosa|Clara|Ana|Catalina|María|Maria|Marta|Lucía|Elena|Isabel)|(?P<sao>Paulo|"
    r"Tomé|Thomé))\b)"
)


def _say_san_or_santa(match: re.Match[str]) -> str:
    return "San" if match["san"] else "Santa" if match["santa"] else "São"


_FIRST_NAMES = read_words("en", "first_names")
_WORD_BEFORE = re.compile(r"(?P<word>[A-Z][a-z]+) $")


def _say_saint(match: re.Match[str]) -> str:
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
    if before is not None and before["word"] in _FIRST_NAMES:
        return match.group(0)  # "John S. Paul": a middle initial
    return "Saint"


# "coll." between a determiner and "of" is a collection, as naturalists write it: "a specimen
# in the coll. of the Brit. Mus." ("Balliol Coll." is a college, read with the titles).
_NATURALISTS_COLLECTION = re.compile(r"\b(?P<det>the|his|my|our|her) coll\.(?= of\b)")


# Latin names of a school, a record and a book written short, said as scholars say them: "a
# First in Lit. Hum." (Oxford's Literae Humaniores), "Rot. Parl. iii. 424" (the Rolls of
# Parliament), "Linn. Syst. Nat. ed. xii." (Linnaeus' Systema Naturae).
_LATIN_NAMES = {
    "Lit. Hum.": "Literae Humaniores", "Rot. Parl.": "Rotuli Parliamentorum",
    "Syst. Nat.": "Systema Naturae", "Linn. Syst. Nat.": "Linnaeus, Systema Naturae",
}  # fmt: skip
_LATIN_NAME = re.compile(r"\b(?:Lit\. Hum|Rot\. Parl|(?:Linn\. )?Syst\. Nat)\.")
# A translation named by its language: "Eng. trans." -> "English translation", "Fr. transl.".
_LANGUAGES_OF_TRANSLATIONS = {"Eng": "English", "Fr": "French", "Germ": "German", "Ger": "German"}
_TRANSLATION = re.compile(r"\b(?P<language>Eng|Fr|Germ|Ger)\. (?:trans|transl|tr)\.(?!\w)")

# "Parl." before a capitalised word is Parliamentary ("Parl. Papers", "Parl. Debates"),
# elsewhere Parliament ("an Act of Parl.").
_PARLIAMENT = re.compile(r"\bParl\.(?P<before_a_name>(?= [A-Z]))?")


# "Treas." is the Treasury after "of the" or before its department ("the Sec'y of the Treas.",
# "the Treas. Dept."), elsewhere the officer ("The Treas. of the Society", "Smith, Treas.").
_TREASURY_OR_TREASURER = re.compile(
    r"(?P<of>\bof the )?\bTreas\.(?P<dept> (?:Dept|Department|Board|bonds|notes)\b)?"
)


def _say_treasury_or_treasurer(match: re.Match[str]) -> str:
    if match["of"] or match["dept"]:
        return f"{match['of'] or ''}Treasury{match['dept'] or ''}" + stop_after(match)
    return "Treasurer" + stop_after(match)


# A journal's series after its ordinal: "Hansard, 3rd ser., vol. lx." (the ordinals' rule has
# read "3rd" already).
_SERIES = re.compile(rf"\b(?P<ordinal>{ORDINAL_WORD.pattern}) ser\.(?=[,;]|\s+[a-z]|\s*$)")


# A work's first word written short before its subject, as references cite old books: "the Ep.
# to the Galatians", "Lect. on Metaph.", "Obs. on Reversionary Payments" -> "Epistle",
# "Lectures", "Observations" ("Ep. 4" is an episode, "Obs." alone an observation).
_WORKS = {
    "Ep": "Epistle", "Epp": "Epistles", "Lect": "Lectures", "Obs": "Observations",
    "Rem": "Remarks", "Diss": "Dissertation", "Treat": "Treatise", "Inq": "Inquiry",
}  # fmt: skip
_SAINTS_OF_PLACES = ("Francisco", "Diego", "Antonio", "Juan", "Fe", "Barbara", "Cruz", "Paulo")
# The forms that may start what is read here, for the abbreviations' hint: the works, and the
# commonest places after "S.".
HINT_FORMS = frozenset(
    {*(f"{short}." for short in _WORKS), "art.", *(f"S. {name}" for name in _SAINTS_OF_PLACES)}
)
_WORK = re.compile(
    rf"\b(?P<short>{'|'.join(_WORKS)})\.(?= (?:on|upon|to|into|concerning|ad) (?:the )?[A-Z])"
)


# An encyclopaedia's article before its quoted title and the work: 'the art. "Feudalism" in
# the Encyc. Brit.' -> "the article" ("modern art. 'Wow,' she said" stays).
_ARTICLE = re.compile(
    r"(?:(?<=[Tt]he )|(?<=[Ss]ee )|(?<=, ))art\."
    r"(?= [\"“‘'][A-Z][^\"”’']{0,60}[\"”’'],? (?:in|of)\b)"
)


# A printer's, a city's or an editor's edition: "the Cambridge ed. of 1863", "the Globe ed.",
# "Munro's ed. of 1869" -> "edition"
# ("Stow's Survey, ed. 1720" and ", ed. Bliss" are read with the editors).
_NAMED_EDITION = re.compile(
    r"\b(?P<name>[Tt]he [A-Z][a-z]+|[A-Z][a-z]+(?:'s|s')) ed\.(?= of\b|[,;:)]|\s*$|\s+[A-Z])"
)


# A year of three digits in a life's dates, once "fl." and "d." are read: "Alcuin (fl. 780)" ->
# "flourished seven eighty", as years are said; "died 150 men" is a count.
_YEAR_OF_A_LIFE = re.compile(
    r"\b(?P<event>born|died|flourished|reigned) (?P<year>[1-9]\d{2})\b(?=\s?[),;]|\s*$)"
)


def read_years_of_lives(text: str) -> str:
    """ "(flourished 780)" -> "(flourished seven eighty)"; four digits are years already."""
    if "d " not in text:
        return text
    return _YEAR_OF_A_LIFE.sub(lambda m: f"{m['event']} {year(int(m['year']))}", text)


# A species' authority after its Latin name, as naturalists cite it: "Rosa canina, L." ->
# "Rosa canina, Linnaeus", "Bellis perennis Linn."; the epithet ends as Latin ones do ("He
# said, L." is no species), and a capitalised name after "L." makes it an initial.
_LINNAEUS = re.compile(
    r"\b(?P<species>[A-Z][a-z]{2,} [a-z]{2,}(?:a|us|um|is|es|ens|i|ae|ii|ix|ax|ex|on|ur))"
    r"(?P<gap>,? )(?:L|Linn)\.(?!\w|\s?[A-Z][a-z]|\s?[A-Z]\.)"
)
# A genus alone before "Linn." written out: "The genus Quercus, Linn., includes".
_GENUS_LINNAEUS = re.compile(
    r"\b(?P<species>[A-Z][a-z]{2,}(?:us|um|ia|is|a))(?P<gap>,? )Linn\."
    r"(?!\w|\s?[A-Z][a-z]|\s?[A-Z]\.)"
)


# The calendar a date is given in, after the date (a month, a day or a year, which the dates'
# rule has read) or alone in brackets: "1709 N.S.", "(30 May O.S.)", "(N.S.)".
_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
_NUMBER_WORD = (
    r"(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"[a-z]+ty|hundred|thousand)"
)
_CALENDAR_STYLE = re.compile(
    rf"(?:(?<=\()|(?<=\d )|\b(?P<before>(?:{_MONTH}|{_NUMBER_WORD}|{ORDINAL_WORD.pattern}),? ))"
    r"(?P<style>[ON])\. ?S\.(?=[),;:]|\s|$)"
)


def _say_calendar_style(match: re.Match[str]) -> str:
    said = "Old Style" if match["style"] == "O" else "New Style"
    return (match["before"] or "") + said + stop_after(match)


def _say_translation(match: re.Match[str]) -> str:
    return f"{_LANGUAGES_OF_TRANSLATIONS[match['language']]} translation" + stop_after(match)


def read_scholarly(text: str) -> str:
    """ "built temp. Eliz." -> "built in the time of Eliz."; "off C. Hatteras" -> "off Cape
    Hatteras"; "Johnson, s.v. Oats" -> "Johnson, under the word Oats"; "MS. Harl. 2253" ->
    "MS. Harley twenty-two fifty-three"."""
    if "temp." in text:
        text = _IN_THE_TIME_OF.sub("in the time of", text)
    if "C. " in text:
        text = _CAPE.sub(_say_cape, text)
    if "v." in text:
        text = _SPACED_SUB_VOCE.sub("s.v.", _SUB_VOCE.sub("under the word", text))
    if "MS" in text and _SHELFMARK_HINT.search(text):
        text = _SHELFMARK.sub(_say_shelfmark, text)
        text = _MANUSCRIPT_NUMBER.sub(_say_manuscript_number, text)
    if "ser." in text:
        text = _SERIES.sub(r"\g<ordinal> series", text)
    if "Hon. " in text:
        text = _HONORARY.sub("Honorary", text)
    if "S. " in text:
        text = _SAINT.sub(_say_saint, text)
        text = _SAN_OR_SANTA.sub(_say_san_or_santa, text)
    if "coll." in text:
        text = _NATURALISTS_COLLECTION.sub(r"\g<det> collection", text)
    if "trans" in text or "tr." in text:
        text = _TRANSLATION.sub(_say_translation, text)
    if "Hum." in text or "Rot." in text or "Nat." in text:
        text = _LATIN_NAME.sub(lambda m: _LATIN_NAMES[m.group(0)] + stop_after(m), text)
    if "Parl." in text:
        text = _PARLIAMENT.sub(
            lambda m: (
                "Parliamentary" if m["before_a_name"] is not None else "Parliament" + stop_after(m)
            ),
            text,
        )
    if "Treas." in text:
        text = _TREASURY_OR_TREASURER.sub(_say_treasury_or_treasurer, text)
    if "Ch. " in text:
        text = _CHURCH.sub(_say_church, text)
    if "L." in text or "Linn." in text:
        for pattern in (_LINNAEUS, _GENUS_LINNAEUS):
            text = pattern.sub(lambda m: f"{m['species']}{m['gap']}Linnaeus" + stop_after(m), text)
    if "S." in text:
        text = _CALENDAR_STYLE.sub(_say_calendar_style, text)
    if "art. " in text:
        text = _ARTICLE.sub("article", text)
    if " ed." in text:
        text = _NAMED_EDITION.sub(lambda m: f"{m['name']} edition" + stop_after(m), text)
    if ". " in text:
        text = _WORK.sub(lambda m: _WORKS[m["short"]], text)
    if ", ed." in text or ", tr" in text or "(ed." in text or "(tr" in text:
        text = _EDITED_BY.sub(_say_edited_by, text)
    return text
