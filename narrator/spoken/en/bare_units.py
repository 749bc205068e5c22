"""Single letters after a number that are units only where the words around say so, read for
`measures`:

- "a 60 W bulb" -> watts where the words speak of power; "Highway 10 W" keeps its letter
- "a takeoff weight of 575 t", "5 t of grain" -> tonnes where they speak of weight, or before
  "of"; "Model 3 t" keeps its letter
- "it lasted 10 s.", "ran it in 44 s" -> seconds where the sentence says it is a time; "the
  1960 s", "in 60 s" (a decade) stay
- "5m people", "65m years", "raised 2.5m" -> million where a count or money is spoken of
  ("the 100m hurdles", "a 30m fall" are meters)
- "2 l of water", "a 1.6 l engine" -> liters before what a volume fills, or after decimals
  ending a phrase ("1.5 l."); "Grade 2 l" stays
- "36 mo. in prison" -> months, spaced from its number
- "0.1 M HCl", "a 2 M solution" -> molar, before a chemical formula or a word of a solution,
  or after a negative power of ten written in figures; "5 M users" stays
- "spun at 10,000 g", "pilots pull 9 g" -> the letter, a force of gravity, where the words
  around speak of acceleration; "500 g of flour" stays grams
- "a salinity of 35 ppt" -> parts per thousand where the words around speak of salt water;
  "PFAS at 4 ppt" -> parts per trillion where they speak of a trace in water, air or blood;
  elsewhere the letters
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import words_around
from narrator.spoken.en.counts import COUNT_NOUNS
from narrator.spoken.en.numbers import MONEY_WORDS_BEFORE
from narrator.spoken.en.unit_names import join_product_units
from narrator.spoken.tables import read_words

# A bare "s" after a whole number is seconds where the sentence says it is a time ("it lasted
# 10 s.", "every 30 s and", "2 min 40 s at its longest"; after "in" or "of" only a figure no
# decade ends with: "in 44 s", "a time of 47 s", where "in 60 s" may be a decade), a bare "l"
# liters before what a volume fills ("2 l of water", "a 1.6 l engine"); elsewhere a letter:
# "the 1960 s", "the 60 s", "Grade 2 l".
_BARE_SECONDS = re.compile(
    r"\b(?P<head>(?:lasted|lasts|last|took|takes|take|every|within|after|for|under|"
    r"(?<=\d )min\.?|minutes?) \d{1,3} ?|(?:in|of) \d?[1-9] ?)s"
    r"(?=[.,;:)!?]|$| (?:and|or|but|then|later|each|before|after|to|at)\b)"
)
_BARE_LITERS = re.compile(
    r"(?<![\w.,])(?P<head>\d+(?:\.\d+)? ?)l(?= of [a-z]| (?:bottles?|engines?|tanks?|jugs?|"
    r"cartons?|cans?|containers?|drums?|barrels?|buckets?)\b"
    r"|(?<=\.\d l)(?=[.,;:)]|$)|(?<=\.\d\d l)(?=[.,;:)]|$))"  # "1.5 l", "0.75 l.": decimals
)

# A bare "d" before hours is days, as a race's or a voyage's time is given: "finished in 3 d 14
# h 22 min" ("6 d." alone is pence).
_BARE_DAYS = re.compile(r"(?<![\w.,])(?P<head>\d{1,3} )d(?= \d{1,2} ?h\b)")

# A spaced "mo" after a number is months ("36 mo. in prison", "a 6 mo. old"); glued, "12mo"
# may be a book's size (see `book_sizes`).
_SPACED_MONTHS = re.compile(r"(?<![\w.,])(?P<head>\d{1,3} )mo(?=\.?(?:\s+[a-z]|[,;:)]|\s*$))")

# A spaced "g" is the force of gravity where the words around speak of acceleration.
_SPACED_G = re.compile(
    r"(?<![\w.,])(?P<head>\d[\d,]*(?:\.\d+)? )g"
    r"(?=[.,;:)]|$| (?:for|in|at|during|and|while|on|to|when|before|after|or)\b)"
)
_ACCELERATION = re.compile(
    r"(?i:centrifug|spun at|accelerat|decelerat|g-force|pilots?\b|astronaut|coaster|"
    r"loop\b|ejection|crash test|withstand)"
)

# A spaced "K" is kelvins where the words around speak of heat or cold ("the surface is at
# 5,778 K.", "helium boils at 4.2 K", "the core is at 15 million K"); elsewhere it may be
# thousands or a letter ("a 5 K run").
_SPACED_K = re.compile(
    r"(?<![\w.,$£€])(?P<head>\d[\d,]*(?:\.\d+)? (?:(?:thousand|million|billion) )?)"
    r"K(?![\w'’-]|\.\w)"
    r"(?!\s+(?:run|race|walk|swim|ride|resolution|display|screen|video|TV|monitor)s?\b)"
)
_HEAT = re.compile(
    r"(?i:temperat|kelvin|\bhot|\bcold|cool|heat|boil|melt|freez|superconduct|absolute zero|"
    r"cryogen|plasma|photospher|coron|liquid helium|liquid nitrogen|thermal|surface|\bsun\b|"
    r"\bstars?\b|kJ|/mol\b|enthalp|entrop|ΔH|reaction)"
)

# A spaced capital "M" is molar before a formula ("0.1 M HCl", "2 M NaOH": a capital and a
# small letter or a digit) or a word of a solution or a salt, up to two words after it ("a
# 0.1 M salt solution", "1 M hydrochloric acid", "2 M urea"), or after a negative power of
# ten, which no count of millions has ("2.5 × 10⁻³ M").
_SPACED_MOLAR = re.compile(
    r"(?<![\w.,$£€])(?P<head>10(?:⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^-\d+) )M(?![\w'’-]|\.\w)"
    r"|(?<![\w.,$£€])(?P<figure>\d+(?:\.\d+)? )M"
    r"(?= (?=[A-Z]*[a-z\d])(?:[A-Z][a-z]?\d*){2,}\b"
    r"| (?:[a-z]+ ){0,2}(?:solutions?|buffers?|stocks?|aqueous|acid|chloride|hydroxide|"
    r"sulfate|sulphate|nitrate|acetate|phosphate|carbonate|bicarbonate|urea|sucrose|glucose|"
    r"ethanol|methanol|guanidine)\b)"
)


# "ppt" is parts per thousand in the sea's and an estuary's salt, parts per trillion in a
# trace of a chemical; the words around say which.
_PPT = re.compile(r"(?<![\w.,])(?P<head>\d[\d,]*(?:\.\d+)?) ?ppt\b(?!-)")
_SALT_WATER = re.compile(
    r"(?i:salin|salt|brine|brackish|seawater|sea water|\bseas?\b|ocean|estuar|lagoon|marine|"
    r"\btide|tidal|halin|conductivit|aquari|oyster|mangrove)"
)
_TRACE = re.compile(
    r"(?i:PFAS|PFOA|PFOS|PFHxS|GenX|forever chemicals|fluorinated|dioxin|contamina|pollut|"
    r"toxic|drinking water|tap water|\bEPA\b|health advisory|\bblood\b|residue|pesticide)"
)


def _parts_per(match: re.Match[str]) -> str:
    around = words_around(match, 120, 60)
    salt, trace = _SALT_WATER.search(around), _TRACE.search(around)
    if bool(salt) == bool(trace):
        return match.group(0)
    parts = "part" if match["head"] == "1" else "parts"
    return f"{match['head']} {parts} per {'thousand' if salt else 'trillion'}"


def _kelvins(match: re.Match[str]) -> str:
    if not _HEAT.search(words_around(match)):
        return match.group(0)
    return match["head"] + ("kelvin" if match["head"] == "1 " else "kelvins")


_MASS = re.compile(r"(?i:mass\b|weigh|flour|sugar|butter|salt|dose|mg\b|kg\b)")


def _gravity_letter(match: re.Match[str]) -> str:
    window = match.string[max(0, match.start() - 80) : match.end() + 60]
    gravity = _ACCELERATION.search(window) and not _MASS.search(window)
    return match["head"] + ("G" if gravity else "g")


def write_bare_units(text: str) -> str:
    """Write a bare "s" or "l" that is a unit as one `measures` reads: "lasted 10 s." ->
    "lasted 10 sec.", "2 l of water" -> "2 L of water"."""
    if "·" in text or "⋅" in text or "-1" in text or "⁻¹" in text:
        text = join_product_units(text)
    if " s" in text or "0s" in text:
        text = _BARE_SECONDS.sub(r"\g<head>sec", text)
    if "l " in text or " l" in text:
        text = _BARE_LITERS.sub(r"\g<head>L", text)
    if " d " in text:
        text = _BARE_DAYS.sub(lambda m: m["head"] + ("day" if m["head"] == "1 " else "days"), text)
    if " g" in text:
        text = _SPACED_G.sub(_gravity_letter, text)
    if " K" in text:
        text = _SPACED_K.sub(_kelvins, text)
    if " M" in text:
        text = _SPACED_MOLAR.sub(lambda m: f"{m['head'] or m['figure']}molar", text)
    if " mo" in text:
        text = _SPACED_MONTHS.sub(r"\g<head>mos", text)
    if "ppt" in text:
        text = _PPT.sub(_parts_per, text)
    return text


# A bare "W" is watts only where the words around speak of power: elsewhere it is the west
# ("Highway 10 W"), a storm's number ("Typhoon Gordon (08 W)") or a letter.
_POWER = re.compile(
    r"(?i:power|watt|bulb|lamp|light|amplifier|output|consum|charg|solar|panel|laser|speaker|"
    r"motor|engine|rated|draws?\b|energy|electric|batter|LED|heater|microwave|transmitter|"
    r"kW\b|volt|amp\b|TDP|PSU|GPU|CPU|processor|graphics)"
)
# A bare "t" is tonnes where the words around speak of weight ("a takeoff weight of 575 t",
# "130 t capacity", "an output of 2 t a day"), or before "of" ("5 t of grain").
_WEIGHT = re.compile(
    r"(?i:weigh|tonnage|mass\b|load|cargo|capacity|displac|thrust|freight|haul|carr(?:y|ies|ied)|"
    r"lift|produc|output|harvest|yield|emission|emitt|CO2|coal|steel|grain|ore\b|vessel|ship|"
    r"barge|tanker|freighter|crane)"
)
# A figure in thousands before a bare "t" is tonnes whatever the words around ("The vessel
# was 1,000 t."): no letter or model is numbered so.
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# A bare "W" with no words around it but a label is watts, as a rating stands alone ("60 W",
# "Power: 60 W"); a direction follows a road's name or precedes a street's ("10 W 45th St").
_LABEL_BEFORE = re.compile(r"(?:^|:)\s*$")
_OF_AHEAD = re.compile(r"\s+of\b")
BARE_LETTERS = frozenset({"W", "t"})
"""The letters after a number that `letter_is_unit` decides."""


def letter_is_unit(match: re.Match[str]) -> bool:
    """Whether the bare "W" or "t" that ``match`` ends with (its group "unit") is a unit."""
    if match["unit"] == "t" and (
        _OF_AHEAD.match(match.string, match.end()) or _THOUSANDS.fullmatch(match["num"])
    ):
        return True
    if match["unit"] == "W" and _LABEL_BEFORE.search(match.string, 0, match.start()):
        return not match.string[match.end() :].strip(" .")
    context = _POWER if match["unit"] == "W" else _WEIGHT
    return context.search(words_around(match)) is not None


# Words of a count before "m": "a population of 3.2 m", "viewers rose to 5 m" are millions;
# so with a few words of whose between, before a verb of amounting: "The population of the
# county is about 1.3m", "Visitors to the park numbered 1.2m".
_COUNT_VERB = (
    r"is|was|of|stood at|stands at|rose to|reached|fell to|grew to|hit|topped|numbered|"
    r"totall?ed|exceeded|is estimated at|was estimated at|"
    r"(?:grew|rose|fell|increased|jumped|climbed|dropped|declined|shrank) (?:from|by)"
)
_SIZE_AFTER = re.compile(r"\s+(?:above|below|high|tall|long|wide|deep|thick|away)\b")
_COUNT_BEFORE = re.compile(
    r"\b(?i:population|inhabitants|viewers|users|subscribers|visitors|customers|followers|"
    rf"downloads|passengers|residents)(?::?(?:\s+(?:{_COUNT_VERB}))?|(?:\s+[\w'’-]+){{1,4}}?"
    rf"\s+(?:{_COUNT_VERB}))(?:\s+(?:about|around|some|nearly|almost|over|roughly))?\s+$"
)
# Nouns of things counted in millions: "5 m people", "65m years", "10m downloads" are
# millions of them (a length before a plural is its size: "6000m peaks", "20m waves").
_COUNTED = re.compile(
    rf"\s+(?:{COUNT_NOUNS}|{'|'.join(sorted(read_words('en', 'million_nouns')))})\b"
)


# A figure compared with millions counted just before is millions too: "More than 2.4m
# people visited, up from 1.9m in 2022" ("300m tall, up from 280m" stays meters).
_COMPARED_BEFORE = re.compile(
    r"\b(?:up from|down from|from|against|compared with|compared to|versus|than|to)\s+$"
)
# A range's first end before its second: "from 1.2 m to 1.5 m".
_RANGE_START_BEFORE = re.compile(r"\d+(?:\.\d+)?\s?m\s+(?:to|and)\s+$")
_MILLIONS_COUNTED = re.compile(rf"\d\s?(?:m|mn|million)\b{_COUNTED.pattern}")


def m_is_million(match: re.Match[str]) -> bool:
    """Whether the "m" that ``match`` ends with is a million, not meters (see above)."""
    text, start, end = match.string, match.start(), match.end()
    if _COUNTED.match(text, end):
        return True
    before = text[max(0, start - 60) : start]
    if _SIZE_AFTER.match(text, end):
        return False  # "The population of the village is 450m above the sea": its height
    if _COUNT_BEFORE.search(before) or MONEY_WORDS_BEFORE.search(before):
        return True
    range_start = _RANGE_START_BEFORE.search(before)  # "grew from 1.2 m to 1.5 m": both
    if range_start and _COUNT_BEFORE.search(
        text, max(0, start - 120), start - len(before) + range_start.start()
    ):
        return True
    compared = _COMPARED_BEFORE.search(before)
    return bool(compared and _MILLIONS_COUNTED.search(text, max(0, start - 120), start))
