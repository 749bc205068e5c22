"""Quantities with units, the unit agreeing with the number.

- "186 mi" -> "one hundred eighty-six miles"; "1 kg" -> "one kilogram"
- "a 12-ft wall" -> "a twelve-foot wall" (a hyphenated unit is an adjective: singular); so is
  a unit between a determiner and a noun: "the 100m final" -> "the one hundred meter final",
  "a 5 MB file" -> "a five megabyte file" (but "the 5 kg of flour", "the 100m" stay plural)
- a distance that names a race is plural, as the event is called, with or without "the":
  "the 400m freestyle & 800m freestyle" -> "... meters freestyle" both, "the 4x100m relay"
- "20°C-25°C", "5°-10°" -> "twenty to twenty-five degrees Celsius", "five to ten degrees"
- "97 km/h" -> "ninety-seven kilometers per hour"; "$12/kg" reaches here as "... per kilogram"
- "5 in." is inches only where "in" cannot be the preposition, or after feet ("6 ft 2 in")
- "5 m people" -> "five million people": "m" before a noun of things counted is million
- "temperatures hit 40C (104F)" -> "... forty degrees Celsius, one hundred four degrees
  Fahrenheit": a bare "C" or "F" only where the words around speak of heat or cold (read by
  `temperatures`); "51°30′N" -> "fifty-one degrees thirty minutes north" (`coordinates`)
- "30ºC", "25 ºC", "a 5º angle" -> "thirty degrees Celsius", ..., "a five degree angle": the
  ordinal indicator written for a degree
- "120/80 mmHg" -> "one hundred twenty over eighty millimeters of mercury" (a blood pressure);
  "9.58 s" -> "nine point five eight seconds" (a bare "s" after decimals, or after a whole
  number where the sentence says it is a time: "it lasted 10 s"); "2 l of water", "a 1.6 l
  engine" -> liters (a bare "l" before what a volume fills)
- "12KG" -> "twelve kilograms" (a unit in another case, where that names no other unit);
  "5 μm" -> "five micrometers"; "100 million kg" -> "one hundred million kilograms"
- "11st 7lb", "weighed 12 st" -> "eleven stone seven pounds", "... twelve stone"; these, feet
  and inches with their marks, and cups written "c.", are read by `imperial` first
- "4 1/2 lbs" -> "four and a half pounds"; "1/2 cup" -> "one half cup"; "2 Tbsp." -> "two
  tablespoons" (recipe units)
- "40 Gb/s" -> "forty gigabits per second" ("GB" bytes, "Gb" bits), "4 mM" -> "four
  millimolar", "kg/m3" -> "kilograms per cubic meter", "m/s2" -> "meters per second squared"
- "a 60W bulb" -> "a sixty watt bulb": a bare "W" only where the words around speak of power;
  glued to its number before a noun, a rating is an adjective too ("9V batteries", "35mm film")
  ("Typhoon Gordon (08 W)", "Highway 10 W" keep the letter)
- "14 in of rain", "a 24 in. TV", "4.5 in (114 mm)": inches before "of", a word of size or a
  conversion; "the 2m-high wall" -> "the two meter-high wall" (hyphened to a word, an adjective)
"""

from __future__ import annotations

import re

from narrator.spoken.en.bare_units import (
    BARE_LETTERS,
    letter_is_unit,
    m_is_million,
    write_bare_units,
)
from narrator.spoken.en.context import NUM, START, span_joint
from narrator.spoken.en.coordinates import read_coordinates
from narrator.spoken.en.fractions import say_fraction
from narrator.spoken.en.imperial import INCHES_CONVERTED_OR_PAIRED, read_imperial
from narrator.spoken.en.numbers import decimal
from narrator.spoken.en.temperatures import read_bare_temperatures
from narrator.spoken.en.unit_adjectives import track_hundreds, unit_is_adjective
from narrator.spoken.en.unit_names import UNITS, part_of_a, per_name, read_symbols_after_per
from narrator.spoken.rules import any_of

# Units written in another case ("12KG", "5 Km") where that case names no other unit.
_NOT_IN_ANY_CASE = {
    *("in", "t", "pt", "m", "g", "l", "mi", "nm", "ha", "ms", "cal", "cc", "hp"),
    *("hr", "hrs", "sec", "ps", "pa", "ev", "wh", "mt", "gt", "mn", "ac", "ah", "ly", "au"),
    # capitals that name other things: a grade point average, a master's degree, a database,
    # years before present ("12,000 BP"; basis points are "bp")
    *("gpa", "mpa", "db", "bp", "pr", "prs", "mp", "drs", "gl"),
    *("gm", "gms", "cms", "mms", "mgs", "ozs", "yds", "qts", "gals", "tsps", "tbsps"),
}
_READINGS: dict[str, set[tuple[str, str]]] = {}
for _written, _reading in UNITS.items():
    _READINGS.setdefault(_written.lower(), set()).add(_reading)
_ANY_CASE = {
    lower: next(iter(readings))
    for lower, readings in _READINGS.items()
    if len(readings) == 1 and lower not in _NOT_IN_ANY_CASE and len(lower) >= 2
}


def _by_first_letter(units: list[str]) -> str:
    """An alternation of ``units``, longest first, grouped by their first character: the
    regex engine then tries a few dozen branches after a digit rather than hundreds."""
    groups: dict[str, list[str]] = {}
    for unit in sorted(units, key=lambda u: (-len(u), u)):
        groups.setdefault(unit[0], []).append(re.escape(unit[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


# "W" with no point after it may be watts ("a 60 W bulb"; "W. Main" is the west, and "500 W
# Madison St" an address, read before): `bare_units` asks the words around.
_WATTS = r"W(?!\w|\.\w)"
_UNIT = (
    _by_first_letter([u for u in UNITS if u not in {"in", "t", "pt"}])
    + f"|{_WATTS}|"
    + f"(?i:{_by_first_letter(list(_ANY_CASE))})"
)
# A mixed or plain fraction as the quantity: "4 1/2 lbs" -> "four and a half pounds".
# "3-1/2 inches", as US hardware and recipes write a mixed number, is "three and a half".
_FRACTION = r"(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s|-(?=\d/\d\d?\b)))?\d+/\d+"
_SCALE = r"(?P<scale>\s(?:thousand|million|billion|trillion))"
# A unit per another, square in two words ("/km²", "/sq mi") or with a digit ("kg/m3", "m/s2").
_POWER_WRITTEN = r"(?:[²³]|\^?[23](?![\d.,]\d))?"
_PER_UNIT = rf"(?P<per>(?:sq\.? )?[A-Za-zµμ]+{_POWER_WRITTEN}\b)"
# A word of size or of cutting after "3 in" says inches: "3 in wide", "cut into 4 in pieces".
# Before a noun the unit is an adjective, singular: "four inch pieces".
# So do the things sold by their size in inches: "a 55 in TV", "a 12 in pizza".
_CUT_NOUN = re.compile(
    r"\s+(?:pieces|squares|cubes|strips|lengths|rounds|chunks|slices|TVs?|screens?|monitors?|"
    r"displays?|laptops?|tablets?|pizzas?|pans?|skillets?|wheels?|rims?|tyres?|tires?|pipes?|"
    r"blades?|guns?|shells?|howitzers?|torpedo)\b"
)
# So do "of" ("14 in of rain") and a comparative ("8 in taller"), never after the preposition.
_SIZE_AFTER_INCHES = (
    r"\s+(?:of|in|wide|long|tall|high|deep|thick|across|diameter|apart|by|x|pieces|squares|cubes|"
    r"strips|lengths|rounds|chunks|slices|TVs?|screens?|monitors?|displays?|laptops?|tablets?|"
    r"pizzas?|pans?|skillets?|wheels?|rims?|tyres?|tires?|pipes?|blades?|guns?|shells?|"
    r"howitzers?|torpedo|taller|shorter|longer|wider|deeper|thicker|narrower)\b"
)
# Nor does a verb after it, which no preposition takes: "totals of 1 to 2 in are likely",
# "another 3 in fell overnight".
_VERB_AFTER_INCHES = (
    r"\s+(?:are|is|was|were|fell|falls|expected|possible|likely|forecast|accumulated)\b"
)
# "pt" is a pint before "of" or a liquid, a word of its kind perhaps between ("2 pt of cream",
# "1 pt milk", "1 pt double cream"), and otherwise may be a point of type or of a score ("12 pt
# font", "scored 3 pt", "3 pt in water polo").
_PINTS_AHEAD = (
    r"\s+of\b|\s+(?:(?!(?:in|on|at|to|for|with|by|from|and|or|the|an?)\b)[a-z]+\s+)?"
    r"(?:milk|cream|water|stock|beer|ale|lager|cider|juice|wine|broth)\b"
)
# The last number of dimensions, before a noun: "a 9 by 13 in pan" (read "x" as "by" first).
_NOUN_AFTER_SIZE = (
    r"(?:(?<=\d by \d in)|(?<=\d by \d\d in))(?=\s+(?!(?:the|a|an|his|her|their|its|this|that|each|"
    r"all|one|which)\b)[a-z]{3,})"
)
_MEASURE = re.compile(
    rf"{START}(?P<num>{_FRACTION}(?=\s?[A-Za-zµμ])|-?{NUM})(?:\s?[-–]\s?(?P<num2>{NUM}))?{_SCALE}?"
    rf"(?:(?P<hyphen>-)?\s?(?P<unit>{_UNIT}|in(?=\.\s+[a-z]|\.?\s*$|\.?\s*[,;)]|\.?{_SIZE_AFTER_INCHES}|{_VERB_AFTER_INCHES}|{_NOUN_AFTER_SIZE}|{INCHES_CONVERTED_OR_PAIRED})|t(?![\w'’-])|pt(?=\.?(?:{_PINTS_AHEAD})))"
    rf"(?:\.(?=\s+[a-z]|[,;:)]|-[a-z]|\s\d{{1,2}}\s?(?:oz|in|ft|lbs?|mins?|secs?|cm|qrs?|qts?|pts?|cwt|mos?|wks?|bu)\.?(?!\w)|(?<=ft\.)\s\d{{1,2}}(?![\d.,])|{_SIZE_AFTER_INCHES}))?"
    rf"(?:(?P<slash>/|\s/\s){_PER_UNIT})?"
    rf"|\s?/(?:\s(?=sq\b))?(?P<only_per>(?:sq\.? )?[A-Za-z]+{_POWER_WRITTEN}\b)"
    rf"|\s/\s(?P<spaced_per>(?:sq\.? )?[A-Za-zµμ]+{_POWER_WRITTEN}\b))(?![\w°²³^])"
)
# A range with its unit on both ends ("20°C-25°C", "5°-10°") says it once, as "20-25°C" does.
_UNIT_TWICE = re.compile(
    rf"{START}(?P<a>-?{NUM})\s?(?P<unit>{_UNIT})\s?[-–]\s?(?P<b>{NUM})\s?(?P=unit)(?![\w°²³/])"
)
# "sq." before a unit written in full, after a number: "3 sq. miles" -> "3 square miles".
_SQUARE_WORD = re.compile(
    r"(?<=\d )sq\.?\s(?=(?:miles?|feet|foot|yards?|inch(?:es)?|met(?:er|re)s?|"
    r"kilomet(?:er|re)s?)\b)"
)
# Miles per hour written with dots: "60 m.p.h." -> "60 mph" (its last dot may end the sentence).
_DOTTED_MPH = re.compile(r"(?<=\d)\s?m\.p\.h(?:\.(?=\s+[a-z]|[,;:)]))?")
# A digit and what may follow it, tried after a number's last digit only; the others alone.
HINT = any_of(
    with_digit=(
        rf"\d(?:(?=\d[·⋅])|(?![\d,.])(?:-?\s?(?:(?:{_UNIT}|in|t|pt|ppt)(?!\w)|/\s?[A-Za-z])"
        r"|\s?[a-zA-Z]+/|\s/\s[A-Za-z]|\s(?:thousand|million|billion|trillion)|['\"]|\s?[CF]\b"
        r"|\s[KM]\b|f\b|\sgr\.|\sst\b|\s?[°º]|\s?s\b|\s?l(?:\s|[.,;:)]|$)|\s?c\.(?:\s|[,;]|$)|\smo\b"
        r"|\ssq\b|\sfur\.|\s(?:bush|fath)\.|\s(?:miles?|yards?|leagues?|furlongs?)\s[NESW]\."
        r"|[½⅓⅔¼¾⅕-⅞]c\.|\s?\w[·⋅]))",
        r"the (?:lbs?|oz|cwt|doz|yd|gal|qt)\b",
        r"-sq\.?-(?:ft|mi|m|km|yd)\b",
        r"gr\.\s(?:of\s)?\d|at\.\s?\d|st\b(?<=\dst)(?<!1st)|st\b(?<=11st)",
        r"ar(?:om)?\.\s(?:2[89]|3[01])\.\d",
        r"per (?:(?:secs?|mins?|hrs?|cwt|yd|ft|doz|gal|qt|oz|lb)\b"
        r"|(?:sq\.? )?[a-zA-Zµμ]{1,2}[23²³]?(?!\w))",
    ),
)
# "º", the ordinal indicator, written for a degree after a number ("30ºC", "a 5º angle");
# before "de" and its kin it is an ordinal ("1º de julho"), read by the ordinals.
_INDICATOR_AS_DEGREE = re.compile(
    r" ?º(?:(?<=\dº)|(?<=\d º)(?=[CF]\b))(?!\s(?:de|do|da|dos|das|del|di|della)\b)"
)
# A degree sign parted from its scale by a space after a number: "5 ° C", "20º F".
_SPACED_DEGREE = re.compile(r"(?<=\d)\s?[°º]\s+(?P<scale>[CF])\b(?![\w'])")
# "pt" hyphened to a number before a noun is a point, an adjective: "3-pt. shooting", "a 10-pt
# lead", "a 12-pt. font" -> "three-point", ... (a pint is "2 pt of cream", spaced).
_POINT_ADJECTIVE = re.compile(r"(?<=\d)-pt\.?(?= [a-z])")
# A square unit hyphened through, as an adjective: "a 2,000-sq-ft home", "a 50-sq.-mi. area"
# -> "two thousand-square foot", read as "2,000-sq ft" is.
_HYPHENED_SQUARE = re.compile(r"(?<=\d)-sq\.?-(?P<unit>ft|mi|m|km|yd)\b\.?(?= [a-z])")
_UNKNOWN_PER = re.compile(
    rf"{START}(?P<num>-?{NUM})\s?(?P<unit>[A-Za-z]+)/(?!or\b)"
    rf"(?P<per>(?:sq\.? )?[A-Za-z]+{_POWER_WRITTEN})\b"
)


_CODE_BEFORE = re.compile(r"\b[A-Z]{2,5}-$")
_A_BEFORE = re.compile(r"(?:^|(?<=\W))[Aa] $")
# A part of a unit before a word of size is "of a" unit too: "sow 1/2 in. deep" -> "half an
# inch deep", "1/4 in. thick" -> "a quarter of an inch thick" (as fractions reads "1/4 inch").
_SIZE_AFTER = re.compile(r" (?:deep|long|wide|high|thick|broad|across|square|in diameter)\b")
_RUNWAY_BEFORE = re.compile(r"\b[Rr]unways? (?:\d\d[LRC]?(?:/|,? (?:and |or )?))*$")


def _part_of_one(number: str) -> bool:
    """Whether a written number is a fraction smaller than one: "1/2", "3/4", "2/3"."""
    numerator, _, denominator = number.partition("/")
    whole = numerator.isdigit() and denominator.isdigit()
    return whole and 0 < int(numerator) < int(denominator) <= 16


def _say_measure(match: re.Match[str]) -> str:
    if (match["hyphen"] or match["only_per"]) and _CODE_BEFORE.search(
        match.string, max(0, match.start() - 6), match.start()
    ):
        return match.group(0)  # "STS-51-L", "GAU-8/A": a code, no liters, no "per"
    if _RUNWAY_BEFORE.search(match.string, max(0, match.start() - 40), match.start()):
        return match.group(0)  # "runway 28L", "runways 09L/27R": a side, no liters
    fraction = "/" in match["num"]
    if fraction and match["unit"] in _PRESSURES and " " not in match["num"]:
        systolic, diastolic = match["num"].split("/")  # "120/80 mmHg": blood pressure
        return f"{decimal(systolic)} over {decimal(diastolic)} {UNITS[match['unit']][1]}"
    words = say_fraction(match["num"].replace("-", " ")) if fraction else decimal(match["num"])
    words = track_hundreds(match) or words  # "the 1,500 m final": "fifteen hundred"
    if match["num"].startswith("1/") and _A_BEFORE.search(
        match.string, max(0, match.start() - 3), match.start()
    ):
        words = words.removeprefix("one ")  # "a 1/2 lb. of tea" -> "a half pound of tea"
    elif (
        _part_of_one(match["num"])
        and match["unit"] in UNITS
        and (
            match.string.startswith(" of ", match.end())
            or _SIZE_AFTER.match(match.string, match.end())
        )
    ):  # "1/2 lb. of butter" -> "half a pound of butter", "3/4 lb." -> "three quarters of a"
        return part_of_a(words, UNITS[match["unit"]][0])
    if match["num2"]:
        words += span_joint(match) + decimal(match["num2"])
    if match["scale"]:
        words += match["scale"]
    if match["only_per"]:
        per = per_name(match["only_per"])
        if per == match["only_per"] and per.isupper():
            return match.group(0)  # "I-95/I-495", "US 1/US 9": a road's letters, no unit
        return f"{words} per {per}"
    if match["spaced_per"]:  # "395.6 / km2": spaced as a tokenizer leaves it, a known unit only
        per = per_name(match["spaced_per"])
        return match.group(0) if per == match["spaced_per"] else f"{words} per {per}"
    if match["unit"] == "m" and m_is_million(match):
        return f"{words} million"  # "5 m people", "a 2m viewers audience": no meters
    unit = match["unit"]
    if unit in {"M2", "M3"} and _MODEL_AHEAD.match(match.string, match.end()):
        return match.group(0)  # "14 M2 Bradley vehicles": a model, no square meters
    if unit == "MP" and not _CAMERA_AROUND.search(match.string, match.start(), match.end() + 40):
        return match.group(0)  # "the 12 MP": members, where no camera is spoken of
    if unit == "pg" and _DOT_AHEAD.match(match.string, match.end()):
        return match.group(0)  # "Lyons, 2010 pg.": a page written short, no picograms
    if unit in BARE_LETTERS and not match["per"] and not letter_is_unit(match):
        return match.group(0)
    if unit in _SHIP_TONS and not _of_a_ship(match):
        return match.group(0)  # "the 911 GT": a car's model, where no ship is spoken of
    if unit == "GL" and not _WATER.search(
        match.string, max(0, match.start() - 80), match.end() + 80
    ):
        return match.group(0)  # "the Golf 1.6 GL": a car's trim, where no water is spoken of
    one, many = UNITS.get(unit) or (("watt", "watts") if unit == "W" else _ANY_CASE[unit.lower()])
    if unit == "dwt" and _of_a_ship(match):
        one, many = UNITS["DWT"]  # "a tanker of 300,000 dwt": a ship's deadweight
    if unit == "nm" and _AT_SEA.search(match.string, max(0, match.start() - 80), match.end() + 80):
        one, many = "nautical mile", "nautical miles"  # "sighted 20 nm off the coast"
    if unit == "kt" and _KILOTONS.search(match.string, max(0, match.start() - 60), match.end() + 9):
        one, many = "kiloton", "kilotons"  # "a 15 kt bomb", "120 kt of copper": no knots
    if unit == "mb" and _AIR_PRESSURE.search(match.string, max(0, match.start() - 60), match.end()):
        one, many = "millibar", "millibars"  # "The storm's pressure fell to 940 mb"
    alone = not match["num2"] and not match["scale"]
    singular = match["hyphen"] or (alone and (match["num"] in {"1", "-1"} or _under_one(match)))
    singular = singular or (match["unit"] == "in" and _inches_before_a_noun(match))
    singular = singular or unit_is_adjective(match)
    # "two 17-pdrs": guns named by their shot's weight, a noun, plural where hyphened too.
    singular = singular and unit != "pdrs"
    words += ("-" if match["hyphen"] else " ") + (one if singular else many)
    if match["per"] and one.startswith("degree") and match["per"].lower() in ("gas", "fan"):
        return f"{words}, {match['per']}"  # an oven's "180°C/gas 4": another setting, no "per"
    if match["per"]:
        per = per_name(match["per"])
        if match["slash"] != "/" and per == match["per"]:  # "5 km / Smith": no unit after
            return words + match.string[match.start("slash") : match.end()]
        words += " per " + per
    return words


# "M2", "M3" before a noun or a name are a model ("14 M2 Bradley vehicles", "3 M3 half-tracks");
# before "of" or a stop, square and cubic meters in capitals ("80 M2 in Paris").
_MODEL_AHEAD = re.compile(r" (?:[A-Z]|(?!(?:of|in|per|and|or|for|at|to)\b)[a-z]{3,})")
# "MP" after a number is megapixels where a camera or its picture is spoken of: "a 12 MP camera".
_CAMERA_AROUND = re.compile(r"(?i:camera|sensor|lens|photo|picture|image|selfie|resolution)")
# "nm" is a nautical mile where the words speak of the sea or the air, else a nanometer ("a
# 3 nm chip", "light of 500 nm"): "a tanker 20 nm off the coast", "flew 200 nm".
_AT_SEA = re.compile(
    r"(?i:\b(?:off (?:the )?(?:coast|shore|island)|offshore|coast(?:line)?|ships?|vessels?|"
    r"tankers?|boats?|freighters?|frigates?|destroyers?|submarines?|carriers?|navy|naval|"
    r"seas?|sail(?:ed|ing)?|maritime|nautical|knots|fishing|aircraft|airspace|flew|radar|"
    r"territorial|harbou?rs?|ports? of|cruise|yacht\w*)\b)"
)
# A ship's tonnage in capitals, read where a ship or its tonnage is spoken of (`_AT_SEA`):
# "a gross tonnage of 225,282 GT", "the 300,000 DWT tanker"; "the Porsche 911 GT" is a car.
_SHIP_TONS = frozenset({"GT", "GRT", "DWT"})
# Gigalitres, as water authorities count a store or a flow: "the dam holds 3,500 GL of water".
_WATER = re.compile(
    r"(?i:\b(?:water|dams?|reservoirs?|rivers?|basin|storage|irrigation|flows?|rain\w*|"
    r"aquifers?|catchments?|allocations?|desalination|lakes?|floods?)\b)"
)
_TONNAGE = re.compile(r"(?i:\b(?:tonnage|(?<!-)liners?|ferry|ferries|hull)\b)")


def _of_a_ship(match: re.Match[str]) -> bool:
    """Whether a ship or its tonnage is spoken of around a measure (within 80 characters)."""
    text, start, end = match.string, max(0, match.start() - 80), match.end() + 80
    return bool(_AT_SEA.search(text, start, end) or _TONNAGE.search(text, start, end))


# "kt" is a kiloton where a blast or a mass of something is spoken of, else a knot, a speed of
# the wind, a ship or a plane: "gusts of 71 kt", "cruised at 450 kt".
_KILOTONS = re.compile(
    r"(?i:\b(?:bombs?|warheads?|nuclear|atomic|yields?|explosi\w+|TNT|blasts?|detonat\w+|"
    r"emissions?|CO2|ore|tonnes|tons)\b|\bkt\.? of\b)"
)
# "mb" in small letters is a millibar where the air's pressure is spoken of ("pressure fell to
# 940 mb", "the hurricane's 897 mb"), else a megabyte.
_AIR_PRESSURE = re.compile(
    r"(?i:\b(?:pressure|barometer|barometric|storm|hurricane|typhoon|cyclone|tropical|"
    r"millibars?|hPa)\b)"
)
# Two pressures parted by a slash are a blood pressure, "over": "120/80 mmHg".
_PRESSURES = frozenset({"mmHg", "mm Hg"})
# Seconds written "s" after a number with decimals: "9.58 s" ("the 1960 s" may be a letter).
_DECIMAL_SECONDS = re.compile(r"(?<![\w.,])(?P<num>\d+\.\d+)\s?s(?![\w'’-]|\.\w)")


def _inches_before_a_noun(match: re.Match[str]) -> bool:
    """ "4 in pieces", "a 9 by 13 in pan": before a noun the unit is an adjective, singular."""
    text, start, end = match.string, match.start(), match.end()
    if _CUT_NOUN.match(text, end):
        return True
    return text[max(0, start - 3) : start] == "by " and bool(_WORD_AHEAD.match(text, end))


_WORD_AHEAD = re.compile(r"\s+[a-z]{3,}")


def _under_one(match: re.Match[str]) -> bool:
    """A fraction without a whole number ("1/2 cup") takes a singular unit; with one, spaced
    or hyphened ("4 1/2 lbs", "62-1/2 lbs."), a plural."""
    number = match["num"].lstrip("-")
    return "/" in number and " " not in number and "-" not in number


_DOT_AHEAD = re.compile(r"\s?\.")


def read_measures(text: str) -> str:
    """Read quantities with units: "186 mi" -> "one hundred eighty-six miles".

    Units agree with the number ("1 kg" -> "one kilogram"), a hyphenated unit is an
    adjective and stays singular ("a 12-ft wall" -> "a twelve-foot wall"), and a slash is
    read "per" ("97 km/h", "12/kg"). "in" is inches only where it cannot be the preposition.
    """
    text = read_coordinates(text) if "°" in text or "at. " in text else text  # "51°30′N"
    if "° " in text or "º " in text:
        text = _SPACED_DEGREE.sub(r"°\g<scale>", text)
    if "º" in text:
        text = _INDICATOR_AS_DEGREE.sub("°", text)
    text = read_imperial(text)
    if "-pt" in text:
        text = _POINT_ADJECTIVE.sub("-point", text)
    if "-sq" in text:
        text = _HYPHENED_SQUARE.sub(r"-sq \g<unit>", text)
    text = read_bare_temperatures(text)
    if "-" in text or "–" in text:
        text = _UNIT_TWICE.sub(r"\g<a>-\g<b> \g<unit>", text)
    text = write_bare_units(text)
    if "sq" in text:
        text = _SQUARE_WORD.sub("square ", text)
    if "m.p.h" in text:
        text = _DOTTED_MPH.sub(" mph", text)
    text = _MEASURE.sub(_say_measure, text)
    if "s" in text:
        text = _DECIMAL_SECONDS.sub(lambda m: f"{decimal(m['num'])} seconds", text)
    text = _UNKNOWN_PER.sub(_say_unknown_per, text)
    return read_symbols_after_per(text) if "per " in text or " the " in text else text


def _say_unknown_per(match: re.Match[str]) -> str:
    """ "12 apples/day" -> "twelve apples per day"; a capital either side of the slash names
    variants, not a rate ("the F/A-18E/F": "E F")."""
    if len(match["unit"]) == 1 and match["unit"].isupper() and match["per"].isupper():
        return match.group(0)
    return f"{decimal(match['num'])} {match['unit']} per {per_name(match['per'])}"
