"""Spanish times of day: the hour (feminine, "la una"), then "y" and the minutes, with
"cuarto" and "media"; a.m. and p.m. become the part of the day.

- "13.30" -> "trece y media"; "1.05 h" -> "una y cinco"; "00:52" -> "cero y cincuenta y dos";
  "0:00" -> "cero horas"
- "5:02 p.m." -> "cinco y dos de la tarde"; "12.15 a.m." -> "doce y cuarto de la noche"
- "15 h 10 min 40 seg" -> "quince horas diez minutos y cuarenta segundos"
- "21.00 h" -> "veintiuna horas" (an hour past twelve on the hour, with its "h"); "1.00 h" ->
  "una"; "21 hs", "21:00 hrs." -> "veintiuna horas", "8 a. m." -> "ocho de la mañana" (an
  hour alone)
"""

from __future__ import annotations

import re

from narrator.spoken.common.romance_times import HINT as CLOCK_HINT
from narrator.spoken.common.romance_times import Time, time_reader
from narrator.spoken.es.numbers import NUMERALS, cardinal

__all__ = ["HINT", "read_times", "say_time"]


def _part_of_day(time: Time) -> str:
    if time.meridiem == "am":
        return "de la noche" if time.hours in (0, 12) else "de la mañana"
    if time.meridiem == "pm":
        if time.hours == 12:
            return "del mediodía"
        return "de la tarde" if time.hours < 8 else "de la noche"
    return ""


def say_time(time: Time) -> str:
    """Time(13, 30...) -> "trece y media"."""
    hours = cardinal(time.hours, "f")
    if time.seconds is not None and time.seconds:
        said = f"{hours} horas {cardinal(time.minutes)} minutos y {cardinal(time.seconds)} "
        said += "segundos"
    elif time.minutes == 15:
        said = f"{hours} y cuarto"
    elif time.minutes == 30:
        said = f"{hours} y media"
    elif time.minutes:
        said = f"{hours} y {cardinal(time.minutes)}"
    elif time.hours == 0 and not time.meridiem:  # midnight is no count: "a las cero horas"
        said = "cero horas"
    else:  # an hour of the 24-hour clock written with its "h": "a las 21.00 h" -> "veintiuna horas"
        said = f"{hours} horas" if time.unit and time.hours > 12 else hours
    part = _part_of_day(time)
    return f"{said} {part}" if part else said


HINT = re.compile(
    rf"{CLOCK_HINT.pattern}|\d\s?(?:[ap]\.\s?m|[AaPp]\.?\s?[Mm]\b|[Hh][Rr]?[Ss]\b)|las 12\s?m\."
)
_read_clock_times = time_reader(NUMERALS, say_time, hour_words="las")
# An hour alone with the "hs" of Latin American writing, or with a.m. and p.m.: written as
# the clock reader knows it ("21 hs" -> "21.00 h", "8 a. m." -> "8:00 a.m.").
# After "las" or "la" only: elsewhere it counts hours ("dura 3 hs" -> "tres horas").
_HOURS_UNIT = re.compile(r"(?i)(?P<art>\blas? )(?P<h>[01]?\d|2[0-4])\s?hr?s\b\.?")
# A clock time with "hs" or "hrs": its "h" ("21:00 hrs." -> "21:00 h", "veintiuna horas").
_CLOCK_HOURS_UNIT = re.compile(r"(?<![\w.,:])(?P<t>(?:[01]?\d|2[0-4])[:.][0-5]\d)\s?(?i:hr?s)\b\.?")
# "12 m." (meridiano, as Colombia writes noon) after "las": "a las 12:00 m." -> "doce del
# mediodía".
_NOON = re.compile(r"(?i)(?<=\blas )12(?::00)?\s?m\.")
_HOUR_MERIDIEM = re.compile(r"(?<![\w.,:])(?P<h>0?[1-9]|1[0-2])\s?(?P<m>[ap])\.\s?m\.")
# "AM", "PM", "am", "pm" or "A.M." after a clock time or an hour after "las": a.m. and p.m.
# as the clock reader knows them ("a las 10:30 AM" -> "diez y media de la mañana").
_OTHER_MERIDIEM = re.compile(
    r"(?:(?<=\d[:.]\d\d)|(?<=\blas \d)|(?<=\blas \d\d)|(?<=\bla \d))"
    r"\s?(?:(?P<m>[AaPp])[Mm]|(?P<dotted>[AP])\.\s?M\.)(?!\w)"
)
# What follows a sentence's end: the text's end, or a capital word that only opens a
# sentence, an article, a preposition or an adverb ("En ambos casos"); a name may follow the
# abbreviation within the sentence ("a las 9:30 p.m. Henry Lane Wilson convocó").
_NEXT_SENTENCE = (
    r"(?=\s*$|\s+[\"«(¿¡]?(?:El|La|Los|Las|Lo|Un|Una|Unos|Unas|En|De|Del|Al|Por|Para|Con"
    r"|Según|Tras|Desde|Hasta|Durante|Este|Esta|Estos|Estas|Ese|Esa|Su|Sus|Y|Pero|Sin"
    r"|Además|También|Luego|Después|Antes|Mientras|Cuando|Hoy|Ayer|No|Se|Ya|A|Allí|Ahí)\b)"
)
# A full stop after "hrs." or "p. m." that also ends the sentence: the readers take the
# abbreviation's, so it is written twice to keep the sentence's ("a las 21 hs." -> "veintiuna
# horas.", not "veintiuna horas" run on into the next sentence).
_SENTENCE_END_ABBREVIATION = re.compile(
    r"(?:(?<=[:.]\d\d)|(?<=\blas \d)|(?<=\blas \d\d)|(?<=\bla \d))(?:\s?(?i:hr?s)\.)"
    rf"{_NEXT_SENTENCE}|(?<=\d)(?:\s?[ap]\.\s?m\.){_NEXT_SENTENCE}"
)


# A number with a point and two digits that an amount's context makes a decimal, not a time:
# after a currency's sign ("$23.50", as Mexico writes it) or before "por" or a currency's name
# ("El peso cerró en 17.25 por dólar").
_AMOUNT = re.compile(
    r"(?:(?<=\$)|(?<=\$ ))\d+\.\d\d(?!\d)"
    r"|(?<![\w.,:])\d+\.\d\d(?= (?:por (?!la\b|el\b)|pesos\b|dólares\b|euros\b|puntos\b))"
)


_AMOUNT_WORDS = ("$", " por ", " pesos", " dólares", " euros", " puntos")
_MERIDIEM_LETTERS = ("am", "pm", "AM", "PM", "A.", "P.")


def _read_clock_times_outside_amounts(text: str) -> str:
    """Read clock times in ``text`` but in the amounts `_AMOUNT` finds."""
    if not any(word in text for word in _AMOUNT_WORDS):  # a quick test before the search
        return _read_clock_times(text)
    pieces, start = [], 0
    for amount in _AMOUNT.finditer(text):
        pieces += [_read_clock_times(text[start : amount.start()]), amount.group(0)]
        start = amount.end()
    return "".join([*pieces, _read_clock_times(text[start:])])


# Hours and minutes with their units after a word other than the hour's article are a
# duration: "el vuelo dura 2 h 30 min" -> "2 horas y 30 minutos" ("a las 2 h 30 min", or the
# pair alone, stays a time of day: "dos y media").
_DURATION = re.compile(
    r"(?P<before>(?<![\w.])(?!(?i:las|la|a)\b)[a-záéíóúñ]+ )"
    r"(?P<h>\d{1,2}) ?h ?(?P<m>\d{1,2}) ?min\b(?:\.(?=\s[a-záéíóúñ]))?"
    r"(?!\s?[a-záéíóúñ]*\.?\s?\d)"
)


def _duration(match: re.Match[str]) -> str:
    hours = "hora" if match["h"] == "1" else "horas"
    minutes = "minuto" if match["m"] == "1" else "minutos"
    # The minutes as a count: "05" is "cinco minutos", not "cero cinco".
    return f"{match['before']}{match['h']} {hours} y {int(match['m'])} {minutes}"


def read_times(text: str) -> str:
    """Read times of day: "13.30" -> "trece y media", "21 hs" -> "veintiuna horas", "5 p. m."
    -> "cinco de la tarde"; hours and minutes after another word, a duration ("dura 2 h 30
    min")."""
    # The sentence's full stop first, on the text as written ("a las 5 pm" has none).
    if "s." in text or "m." in text:  # quick tests before the searches
        text = _SENTENCE_END_ABBREVIATION.sub(lambda m: m.group(0) + ".", text)
    if any(letters in text for letters in _MERIDIEM_LETTERS):
        text = _OTHER_MERIDIEM.sub(lambda m: f" {(m['m'] or m['dotted']).lower()}.m.", text)
    if "h" in text and "min" in text:  # quick tests before the search
        text = _DURATION.sub(_duration, text)
    text = _CLOCK_HOURS_UNIT.sub(r"\g<t> h", text)
    text = _HOURS_UNIT.sub(r"\g<art>\g<h>.00 h", text)
    text = _NOON.sub("12:00 p.m.", text)
    text = _HOUR_MERIDIEM.sub(r"\g<h>:00 \g<m>.m.", text)
    return _read_clock_times_outside_amounts(text)
