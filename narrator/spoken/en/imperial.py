"""Heights, weights and recipe amounts as people write them, read for `measures`.

- "5'10\"", "6' 2\"" -> "five feet ten inches"; "12' by 15'" -> "twelve feet by fifteen feet";
  "a 12\" pizza" -> "a twelve inch pizza" (no quotation open before the mark); "3'30\"" ->
  "three minutes thirty seconds" (past eleven the marks are a time's)
- "6 ft 2 in", "5 feet 10 inches" -> "six feet two inches"; before the noun it describes, a
  height is said as people say it: "the 6 ft. 5 in. center" -> "the six foot five center"
- "11st 7lb", "weighed 12 st" -> "eleven stone seven pounds", "... twelve stone"
- "2 c. flour", "1 c. of milk" -> "two cups flour", "one cup of milk": a dotted "c." after a
  small amount and before a word in lower case is a cup (elsewhere "c." is "circa")
- "walked 3 m. to the village" -> "three miles": old books' dotted "m." before a word of the way
- "gr. 10 of the powder" -> "ten grains": a prescription's grains before their number

These are the units whose marks and letters mean other things alone ("'" and '"' close
quotes, "st" ends an ordinal, "c." is "circa"), so each is read only in its own shape.
"""

from __future__ import annotations

import re

from narrator.spoken.en.compass import say_point
from narrator.spoken.en.context import stop_after
from narrator.spoken.en.fractions import say_fraction
from narrator.spoken.en.numbers import decimal
from narrator.spoken.en.race_times import minutes_and_seconds
from narrator.spoken.en.unit_names import part_of_a

_LENGTHS = {"ft": ("foot", "feet"), "in": ("inch", "inches")}

# For `measures`: a conversion to metric in brackets after "in" says inches, as Wikipedia
# writes them, "a bore of 4.5 in (114 mm)"; so does a second measure in inches after "and" or
# "or", "a bore of 4.5 in and a stroke of 6 in" (no preposition stands before "and").
INCHES_CONVERTED_OR_PAIRED = (
    r"\s?\(\s?[\d.,]+\s?(?:mm|cm|m|km)\b"
    r"|\s+(?:and|or)\s+(?:[a-z]+\s+){0,3}\d[\d.,]*\s?in\b"
)
# Feet and inches with their marks: "5'10\"", "6' 2\"", "5′ 10″" (primes were made quotes).
# A mark alone is a length only between two lengths ("12' by 15'") or before a word of size,
# since a quote may close after a number ('"Route 66" by Chuck Berry').
_FEET_INCHES = re.compile(
    r"(?<![\w.'])(?P<feet>\d{1,3})'\s?(?P<inches>\d{1,2}(?:\.\d+)?)(?:\"|'')"
    r"|(?<![\w.'\"])(?P<alone>\d{1,3}(?:\.\d+)?)(?P<mark>['\"])"
    r"(?=\s?(?:by|x|×)\s?\d|\s?(?:tall|long|wide|high|deep|thick|across)\b)"
    r"|(?:(?<=\d' by )|(?<=\d\" by ))(?P<after_by>\d{1,3}(?:\.\d+)?)(?P<mark2>['\"])(?!\w)"
)
# Past eleven, or with a leading zero, the number after the marks is no count of inches but
# seconds: "3'30\"", "4'05\"" are a song's or a match's minutes and seconds.
_SECONDS_MARKED = re.compile(r"0\d|1[2-9]|[2-5]\d")
# An inch mark after a number, before a word (or a maker's capitals and a word: "a 6.1\" OLED
# screen"), where no quotation is open before it: "a 12\" pizza", "a 27\" monitor" ('"Route
# 66" by Chuck Berry' closes a quotation).
_INCHES_BEFORE_WORD = re.compile(
    r"(?<![\w.'\"])(?<!x )(?<!× )(?<!by )(?P<num>\d{1,3}(?:\.\d+)?)\""
    r"(?=\s+[a-z]{3,}|\s+[A-Z\d]{2,6}\s+(?:[a-z]{3,}|TVs?\b))"
)
_QUOTE = re.compile('"')
_FIGURES = frozenset("0123456789½¼¾")
# A naval gun's bore in inches before its length in calibres: "5\"/38 caliber guns" -> "5-inch/38"
# (read "five-inch thirty-eight", as "6-inch/45" is), no closing quote.
_GUN_BORE = re.compile(
    r"(?<![\w.'\"])(?P<bore>\d{1,2}(?:\.\d{1,2})?)\"\s?/\s?(?=\d{2}(?!\w|[.,]\d))"
)
# "6 ft 2 in", "5 feet 10 inches", a ship's "882 ft 9 in": the inches after feet, where "in"
# is no preposition.
_FEET_THEN_INCHES = re.compile(
    r"(?<![\w.,])(?P<feet>\d{1,3}(?:,\d{3})?|\d{4})\s?(?:ft\.?|feet|foot)\s(?P<inches>\d{1,2}(?:\.\d+|[½¼¾])?)\s?"
    r"(?:in\b(?:\.(?=\s+[a-z]|[,;:)])|(?!\s+(?:his|her|their|my|your|the|a|an)\b))|inch(?:es)?\b)"
)  # "6 ft. 4 in his stockings": "in" undotted before a determiner is the preposition
# A height between a determiner and the noun it describes: "the 6 ft. 5 in. center", "a 5
# foot 10 guard" is "six foot five", as people say it; "6 ft 2 in tall" keeps its units.
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?i:a|an|the|this|that|his|her|their|its|our|my|your)|\w's)\s$"
)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:tall|long|wide|high|deep|thick|across|and|or|of|in|to|from|by|with|is|was|"
    r"were|are|who|which|that)\b)[a-z]{3,}\b"
)
# Stones and pounds, as British weights of people are written: "11st 7lb", "12 st 4 lb",
# "12 st. 4 lb. when", "weighed 12 st", "lost 3 st" (a bare "st" only after a word of weight or
# of its change: "21st" is an ordinal). The points go where the clause does.
_STONES = re.compile(
    r"(?<![\w.,])(?P<st>\d{1,2})(?:\s?st\.?\s?(?P<lb>\d{1,2})\s?lbs?\b(?:\.(?=\s+[a-z]|[,;]))?"
    r"|\s?(?P<alone>st)\b(?:\.(?=\s+[a-z]|[,;]))?)"
)
_STONES_HINT = re.compile(r"st(?<=\dst)(?:\s?\d|\b)|st(?<=\d st)\b")
_WEIGHT_BEFORE = re.compile(
    r"(?i:\bweigh\w*|\bweight|\b(?:lost|lose|loses|losing|shed|sheds|shedding|gained|gain|"
    r"gains|gaining|put on|piled on|dropped))\W+(?:\w+\W+){0,3}$"
)
# A cup written "c." after a small amount and before a word in lower case: "2 c. flour",
# "1/2 c. sugar", "1 c. of milk" (a year after "c." is "circa": read by the abbreviations).
_CUPS = re.compile(
    r"(?<![\w.,/])(?P<num>(?:\d\s)?\d/\d{1,2}|\d{1,2}(?:\.\d+)?)\s?c\.(?=\s+(?:of\s+)?[a-z]{3,})"
)


# Miles as old books write them, "m." after a number before a word of the way: "walked 3 m.
# to the village", "lay 3 m. from the coast road", "marched 25 m. a day", "2 m. in
# circumference" (a meter's symbol takes no dot; "long" and "in length" may follow meters;
# "to" before a place, not a verb: "threw the javelin 85 m. to win").
_OLD_MILES = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:\.\d)?) m\.(?=\s+(?:"
    r"to(?=\s+(?:the|a|an|his|her|their|our|my|its|[A-Z\d]))|from|along|off|away|distant|beyond|"
    r"further|farther|across|north|south|east|west|up|down|a day|a week|an hour|broad|"
    r"in (?:circumference|breadth|extent))\b|\s+\d{1,2} fur\.|\s+(?:[NESW]\.){1,3}\s)"
)
# The same after a verb of going or between two places, old books' marches and roads:
# "marched 18 m. before halting", "From Dover to Canterbury, 16 m." (a race's "the 100 m."
# and a tower's "324 m. tall" stay meters, and "made 20 m. of lace").
_MILES_AFTER_NUMBER = re.compile(r"(?<![\w.,])(?P<num>\d{1,2}(?:\.\d)?) m\.(?=\s(?!of\b)|$)")
_GOING_BEFORE = re.compile(
    r"(?:\b(?i:marched|marching|rode|riding|walked|walking|advanced|travell?ed|went|covered|"
    r"rowed|sailed|drove|journeyed|retreated|retired|pushed on|distant|made|ran|steamed|"
    r"galloped|tramped|trudged|proceeded|cycled|paddled|drifted)\s+(?:\w+\s+){0,2}"
    r"|\b(?i:from)\s+[A-Z][\w'.]*(?:\s[A-Z][\w'.]*)*\s+to\s+[A-Z][\w'.]*(?:\s[A-Z][\w'.]*)*,\s)$"
)
# Cents as old American books write them, "c." glued to the amount, at a rate or a price:
# "50c. a day", "10c. each way", "cost 5c.", "gave 25c. for the paper" ("2 c. flour" is a
# cup); a market report glues a fraction's character to them: "cotton closed at 11¼c." ->
# "eleven and a quarter cents".
_CENT_AMOUNT = r"\d{1,3}[½⅓⅔¼¾⅕-⅞]?"
_CENTS = re.compile(
    rf"(?<![\w.,/$])(?P<num>{_CENT_AMOUNT})c\.(?=\s+(?:a|an|per)\s+[a-z]+|\s+(?:each|apiece)\b"
    r"|\s+for\s+(?:the|a|an|his|her|its|their|it|each|one|two|three)\b)"
    r"|(?:(?<=\bcost )|(?<=\bcosts )|(?<=\bpaid )|(?<=\bfor )|(?<=\bat )|(?<=[\d½¼¾⅛⅜⅝⅞] to )"
    r"|(?<=\bgave )|(?<=\bspent )|(?<=\bcharged )|(?<=\bfetched ))"
    rf"(?P<paid>{_CENT_AMOUNT})c\.(?=[\s,;:]|$)"
    rf"|(?<![\w.,/$])(?P<listed>{_CENT_AMOUNT})c\.(?=\s*$|\s+[A-Z]|[,;])"
    # A price list's fraction of a cent, glued after "at", "and", "to": "closed at 87 3/4c."
    r"|(?<=\b(?:at|to) )(?P<mixed>\d{1,3} \d/\d{1,2})c\.(?=[\s,;:]|$)"
    r"|(?<=\band )(?P<also>\d{1,3} \d/\d{1,2})c\.(?=[\s,;:]|$)"
)
# Before cents that end a clause with no rate, a price said earlier in the sentence: "A loaf
# cost 5c. and a pound of butter 25c."
_PRICE_EARLIER = re.compile(  # or cents before: "Corn, 61 to 62c.; oats, 38c."
    r"(?:\b(?i:cost|costs|paid|price[sd]?|cents?|sold|fetched|fare|wages|worth|charged)\b|\dc\.)"
    r"(?:[^.!?]|\.(?!\s+[A-Z]))*$"
)


def _ends_sentence(match: re.Match[str]) -> bool:
    """Whether the dot of an abbreviation that the match read also ended its sentence."""
    rest = match.string[match.end() : match.end() + 3]
    return not rest.strip() or (rest[:1].isspace() and rest.lstrip()[:1].isupper())


def _say_cents(match: re.Match[str]) -> str:
    if match["mixed"] or match["also"]:
        return say_fraction(match["mixed"] or match["also"]) + " cents" + stop_after(match)
    number = match["num"] or match["paid"] or match["listed"]
    start = match.start()
    if (
        match["listed"]
        and number.isdigit()
        and not _PRICE_EARLIER.search(match.string, max(0, start - 80), start)
    ):
        return match.group(0)
    said = decimal(number) if number.isdigit() else say_fraction(number)
    words = f"{said} {'cent' if number == '1' else 'cents'}"
    return words + ("." if _ends_sentence(match) else "")


# Feet, yards or inches written short in the same sentence: its dotted "m." is miles too ("The
# canal is 2 m. long and from 100 to 200 ft. wide"), as a metric text writes "m" undotted; not
# before a word of height or depth ("a shaft 3 m. deep" is no miles).
_IMPERIAL_NEAR = re.compile(r"\d\s?(?:ft|yds?|in|fur|lbs?)\.|\d\s(?:feet|yards|inches)\b")


_HEIGHT_AFTER = re.compile(r"\s(?:deep|high|tall|thick|in (?:height|depth))\b")


def _say_old_miles(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    imperial = _IMPERIAL_NEAR.search(text[max(0, start - 80) : end + 80]) and not (
        _HEIGHT_AFTER.match(text, end)
    )
    if _GOING_BEFORE.search(text, max(0, start - 60), start) is None and not imperial:
        return match.group(0)
    return f"{match['num']} mi" + ("." if _ends_sentence(match) else "")


# Furlongs as old books write them: "12 m. 3 fur." ("3 fur coats" has no dot).
_FURLONGS = re.compile(r"(?<![\w.,])(?P<num>\d{1,2}) fur\.(?:(?=\s+[a-z]|[,;:)])|(?=\.))?")
# A race's distance as the turf writes it, miles and furlongs (and yards) by their letters:
# "over 1m 2f at Epsom", "1m 4f 10y", "over 6f", "the 5f sprint" ("6f" alone only after "over"
# or an article, before a word of racing).
_RACE_DISTANCE = re.compile(
    r"(?<![\w.,])(?:(?P<miles>[1-4])m\s?(?P<furlongs>[1-7])f(?:\s?(?P<yards>\d{1,3})y)?"
    r"|(?:(?<=over )|(?<=\b[Aa] )|(?<=\b[Tt]he ))(?P<alone>[5-9]|1[0-6])f"
    r"(?=\s(?:at|on|in|and|race|sprint|handicap|maiden|stakes|Stakes|contest|event)\b|[,.;)]))\b"
)
# A point of the compass written short and dotted after a distance: "3 miles N.W. of the
# town", "4 m. S. of the camp"; elsewhere "S.W." may be initials ("S. W. Williston").
_POINT_AFTER_DISTANCE = re.compile(
    r"(?<=\d )(?P<unit>miles?|mi|yards?|yds?\.?|leagues?|furlongs?|km) "
    r"(?P<point>N\.N\.[EW]\.|S\.S\.[EW]\.|E\.[NS]\.E\.|W\.[NS]\.W\.|[NS]\.[EW]\.|[NESW]\.)"
    r"(?=\s+(?:of|by)\b|[,;)]|\s*$)"
)
# Grains before their number, as prescriptions write them: "gr. 10 of the powder" -> "ten
# grains" ("Gr." in capitals is Greek or a grade).
_GRAINS_BEFORE = re.compile(r"(?<![\w.])gr\. (?P<num>\d{1,3}(?:\.\d+|/\d{1,2})?)(?!\w|[.,/]\d)")


def length(number: str, unit: str) -> str:
    """ "6", "ft" -> "six feet"; "1", "in" -> "one inch"; "2½", "in" -> "two and a half
    inches"."""
    one, many = _LENGTHS[unit]
    said = say_fraction(number) if number[-1] in "½¼¾" else decimal(number)
    return f"{said} {one if number == '1' else many}"


def _say_feet_inches(match: re.Match[str]) -> str:
    if match["feet"] and _SECONDS_MARKED.match(match["inches"]):
        return minutes_and_seconds(match["feet"], match["inches"])
    if match["feet"] and _a_height_before_its_noun(match):
        # "the 6'11\" center", "a 1' 1\" board": the units are one word of the noun's
        return f"{decimal(match['feet'])} foot {decimal(match['inches'])} inch"
    if match["feet"]:
        return f"{length(match['feet'], 'ft')} {length(match['inches'], 'in')}"
    number, mark = (
        (match["alone"], match["mark"]) if match["alone"] else (match["after_by"], match["mark2"])
    )
    return length(number, "ft" if mark == "'" else "in")


def _quotation_open(text: str, start: int, end: int) -> bool:
    """Whether a quotation is open at ``end``: a quote after a figure closes one that is open,
    else it is an inch mark ("a 27\" 4K monitor and a 55\" TV"; '"Route 66" and a 12\" pizza')."""
    is_open = False
    for quote in _QUOTE.finditer(text, start, end):
        after_a_figure = quote.start() > 0 and text[quote.start() - 1] in _FIGURES
        if not after_a_figure or is_open:
            is_open = not is_open
    return is_open


def _say_inches_before_word(match: re.Match[str]) -> str:
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    if _quotation_open(match.string, line_start, match.start()):
        return match.group(0)  # the mark closes a quotation
    return f"{decimal(match['num'])} inch"


def _a_height_before_its_noun(match: re.Match[str]) -> bool:
    """Whether feet and inches stand between a determiner and the noun they describe."""
    text, start = match.string, match.start()
    return bool(
        _DETERMINER_BEFORE.search(text, max(0, start - 6), start)
        and _NOUN_AFTER.match(text, match.end())
    )


def _say_feet_then_inches(match: re.Match[str]) -> str:
    if _a_height_before_its_noun(match):
        return f"{decimal(match['feet'])} foot {decimal(match['inches'])}"
    return f"{length(match['feet'], 'ft')} {length(match['inches'], 'in')}"


def _say_stones(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 30) : match.start()]
    if match["alone"] and not _WEIGHT_BEFORE.search(before):
        return match.group(0)
    ordinal = match["st"].endswith("1") and not match["st"].endswith("11")
    if match["alone"] and ordinal and match.start("alone") == match.end("st"):
        return match.group(0)  # "lost the 21st game": glued, an ordinal's letters
    stones = int(match["st"])
    words = f"{decimal(match['st'])} stone"  # "twelve stone": no plural in speech
    if match["lb"]:
        pounds = int(match["lb"])
        words += f" {decimal(match['lb'])} {'pound' if pounds == 1 else 'pounds'}"
    return words if stones else match.group(0)


def _say_cups(match: re.Match[str]) -> str:
    number = match["num"]
    if "/" in number:
        whole = " " in number
        if not whole and match.string.startswith(" of ", match.end()):
            return part_of_a(say_fraction(number), "cup")  # "1/2 c. of milk": "half a cup"
        return f"{say_fraction(number)} {'cups' if whole else 'cup'}"
    return f"{decimal(number)} {'cup' if number == '1' else 'cups'}"


_BUSHELS = re.compile(r"(?<=\d )(?P<unit>bush|fath)\.(?=\s+(?:of\b|\d|[a-z])|[,;:)]|\s*$|\s+[A-Z])")
_AS_IN_THE_TABLE = {"bush": "bu", "fath": "fms"}  # bushels and fathoms


def read_imperial(text: str) -> str:
    """Read heights, people's weights and cups in their own shapes: "5'10\"" -> "five feet
    ten inches", "11st 7lb" -> "eleven stone seven pounds", "2 c. flour" -> "two cups flour"."""
    if "'" in text or '"' in text:
        text = _GUN_BORE.sub(r"\g<bore>-inch/", text) if '"/' in text or '" /' in text else text
        text = _FEET_INCHES.sub(_say_feet_inches, text)
        if '"' in text:
            text = _INCHES_BEFORE_WORD.sub(_say_inches_before_word, text)
    if "ft" in text or "fee" in text or "foo" in text:
        text = _FEET_THEN_INCHES.sub(_say_feet_then_inches, text)
    if "st" in text and _STONES_HINT.search(text):
        text = _STONES.sub(_say_stones, text)
    if "c." in text:
        text = _CUPS.sub(_say_cups, _CENTS.sub(_say_cents, text))
    if " m." in text:
        text = _OLD_MILES.sub(r"\g<num> mi", text)
        text = _MILES_AFTER_NUMBER.sub(_say_old_miles, text)
    if " bush." in text or " fath." in text:  # "3 qrs. 2 bush.;", "in 5 fath. of water"
        text = _BUSHELS.sub(lambda m: _AS_IN_THE_TABLE[m["unit"]] + ".", text)
    if " fur." in text:
        text = _FURLONGS.sub(_say_furlongs, text)
    if "f" in text:
        text = _RACE_DISTANCE.sub(_say_race_distance, text)
    if "." in text:
        text = _POINT_AFTER_DISTANCE.sub(_say_point_after_distance, text)
    if " gr." in text:  # "10 to 20 gr., given": grains, as the table's "grs"
        text = _GRAINS_AFTER.sub(lambda m: " grs" + stop_after(m), text)
    if "gr. " in text:
        text = _SPECIFIC_GRAVITY.sub(lambda m: m.group(0)[0] + "pecific gravity", text)
        text = _GRAINS_BEFORE.sub(_say_grains, text)
    if "ar. " in text or "arom. " in text:
        text = _BAROMETER.sub(lambda m: m.group(0)[0] + "arometer", text)
    if "per " in text:
        text = _PER_SHORT.sub(_say_per_short, text)
    if "." in text:
        text = _DOTTED_HP.sub(r"\g<join>hp", text)
    return text


# A log's barometer written short before its reading in inches of mercury: "Bar. 30.12 at 9
# A.M." -> "Barometer thirty point one two" ("called to the Bar. 5 years later" has no reading;
# a log's "bar. 29.8" in small letters too).
_BAROMETER = re.compile(r"(?:\bBar|(?<!the )(?<!a )\bbar)(?:om)?\.(?=\s(?:2[89]|3[01])\.\d)")


# Specific gravity written short before its figure, as chemistry books write it: "a sp. gr. of
# 1.84", "sp. gr. 0.92".
_SPECIFIC_GRAVITY = re.compile(r"\b[Ss]p\.\s?gr\.(?=\s(?:of\s)?\d)")


# A unit written short after "per", as old books and engineers write rates: "1,100 ft. per
# sec." -> "per second", "300 gals. per min.", "60 miles per hr." (the point may end the
# sentence); "per cent." is another word's.
_PER_NAMES = {
    "sec": "second", "secs": "second", "min": "minute", "mins": "minute", "hr": "hour",
    "hrs": "hour", "cwt": "hundredweight", "yd": "yard", "ft": "foot", "doz": "dozen",
    "gal": "gallon", "qt": "quart", "oz": "ounce", "lb": "pound", "sq. ft": "square foot",
    "sq. yd": "square yard",
}  # fmt: skip
_PER_SHORT = re.compile(
    rf"\bper (?P<unit>{'|'.join(map(re.escape, _PER_NAMES))})\b(?P<dot>\.)?(?![\w.]|,\d)"
)


def _say_per_short(match: re.Match[str]) -> str:
    return f"per {_PER_NAMES[match['unit']]}" + stop_after(match)


# Horse-power written with points: "60 h.p." -> "60 hp", "a 40-h.p. engine" -> "a 40-hp
# engine" (the last point kept where it ends the sentence), read by the measures.
_DOTTED_HP = re.compile(r"(?<=\d)(?P<join>\s?|-)[hH]\.\s?[pP](?![a-z])(?:\.(?=\s+[a-z]|[,;:)]))?")


# Grains written short after their number, as doctors' and chemists' books write a dose: "10
# to 20 gr., given three times a day", "5 gr. of quinine" (an undotted "gr" may be grams).
_GRAINS_AFTER = re.compile(r"(?<=\d) gr\.(?=\s|$|[,;:)])")


def _say_grains(match: re.Match[str]) -> str:
    """ "gr. 10" -> "ten grains", "gr. 1/4" -> "one quarter grain"."""
    number = match["num"]
    if "/" in number:
        return f"{say_fraction(number)} grain"
    return f"{decimal(number)} {'grain' if number == '1' else 'grains'}"


def _say_race_distance(match: re.Match[str]) -> str:
    """ "1m 2f" -> "1 mile 2 furlongs" (read by the measures after), "6f" -> "6 furlongs"."""
    if match["alone"]:  # "the 5f sprint": before its noun a distance is an adjective
        adjective = not match.string.endswith("over ", 0, match.start())
        return f"{match['alone']} {'furlong' if adjective else 'furlongs'}"
    said = f"{match['miles']} {'mile' if match['miles'] == '1' else 'miles'} {match['furlongs']} "
    said += "furlong" if match["furlongs"] == "1" else "furlongs"
    return said + (f" {match['yards']} yards" if match["yards"] else "")


def _say_furlongs(match: re.Match[str]) -> str:
    return f"{decimal(match['num'])} {'furlong' if match['num'] == '1' else 'furlongs'}"


def _say_point_after_distance(match: re.Match[str]) -> str:
    """ "miles N.W." -> "miles northwest", "mi S.S.E." -> "mi south-southeast"."""
    letters = match["point"].replace(".", "")
    return f"{match['unit']} {say_point(letters)}"
