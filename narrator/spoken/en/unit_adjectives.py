"""Whether a unit after its number is an adjective, said in the singular, for `measures`.

- hyphened to the word after it: "a 2m-high wall" -> "a two-meter-high wall"; the conversion of
  a hyphened one: "a 117-mile (188 km) motorway" -> "... one hundred eighty-eight kilometer"
- between a determiner and a noun: "the 100m final", "a 5 MB file", "his 3 m wall"
- glued to its number before a device it rates: "9V batteries", "35mm film", "60W bulbs"
- before things sold or cut by their size, with no determiner: "sells 20 lb bags", "two 5 kg
  sacks", "laid 10 ft sections of pipe" -> "twenty pound bags", ...
A distance that names a race stays plural: "the 400m freestyle"; the track's "1,500 m" of a
race is said "fifteen hundred" (`track_hundreds`).
"""

from __future__ import annotations

import re

from narrator.spoken.tables import read_words


def unit_is_adjective(match: re.Match[str]) -> bool:
    """Whether the quantity of ``match`` (a `measures` match) qualifies the word after it, its
    unit then singular: "a 2m-high wall", "the 100m final", "20 lb bags"."""
    if _HYPHENED_WORD.match(match.string, match.end()) is not None or _converted_adjective(match):
        return True
    if _before_its_conversion(match):
        return True
    return (
        not match["scale"]
        and (
            _between_determiner_and_noun(match)
            or _glued_before_a_noun(match)
            or _before_sized_things(match)
            or _an_age_before_a_noun(match)
            or _a_film_gauge(match)
        )
        and not _an_event(match)
    )


# Things sold, cut or laid by their size, in the plural after a quantity with no determiner:
# "sells 20 lb bags", "5 kg sacks", "sold in 500g pots", "12 oz steaks", "10 ft sections".
_SIZED_THINGS = re.compile(
    r"[ \t]+(?:bags|sacks|boxes|bottles|cans|tins|jars|pots|tubs|trays|punnets|pouches|sachets|"
    r"buckets|cartons|packs|packets|packages|bales|"
    r"bars|blocks|bricks|slabs|sections|lengths|logs|planks|boards|beams|posts|poles|sheets|"
    r"panels|tiles|rolls|tubes|pipes|drums|barrels|kegs|crates|cases|tanks|cylinders|loaves|"
    r"steaks|fillets|weights|dumbbells|plates|pieces|strips|squares|slices|wheels|bolts)\b"
)


def _before_sized_things(match: re.Match[str]) -> bool:
    return _SIZED_THINGS.match(match.string, match.end()) is not None


# An age before "old" and the noun it describes, or after a determiner: "the 8 yr old girl", "a
# 6 wk old puppy", "the 3 yr old was fine" -> "eight year old girl" (as "a 2-yr-old boy"); "he
# is 8 yrs old." and "she was 2 yrs old then" stay plural.
_OLD = re.compile(r"[ \t]+old\b(?!['-])")
_UNITS_OF_AGE = frozenset({"yr", "yrs", "mo", "mos", "mth", "mths", "wk", "wks"})


def _an_age_before_a_noun(match: re.Match[str]) -> bool:
    text, start = match.string, match.start()
    old = _OLD.match(text, match.end())
    if (match["unit"] or "").rstrip(".") not in _UNITS_OF_AGE or old is None:
        return False
    word = _NEXT_WORD.match(text, old.end())
    noun_after = word is not None and word[1] not in _NOT_A_NOUN
    return noun_after or _DETERMINER_BEFORE.search(text, max(0, start - 12), start) is not None


_ADJECTIVE_BEFORE = re.compile(
    r"(?:\d-[a-z]+|\b(?i:a|an|the|this|that|his|her|its|their) \d[\d.,]*\s?[A-Za-z]{1,5}\.?) \($"
)


def _converted_adjective(match: re.Match[str]) -> bool:
    """ "a 117-mile (188 km) orbital motorway", "a 15 lb (6.8 kg) shell": the conversion of an
    adjective is one."""
    text, start = match.string, match.start()
    after = _NEXT_WORD.match(text, match.end() + 1)
    return (
        text.startswith(")", match.end())
        and _ADJECTIVE_BEFORE.search(text, max(0, start - 24), start) is not None
        and after is not None
        and after[1] not in _NOT_A_NOUN
    )


# A quantity between a determiner and its conversion in brackets before a noun is an
# adjective, as it would be without the conversion: "a 15 lb (6.8 kg) shell".
_CONVERSION_AHEAD = re.compile(r" \((?:about |approx\. |c\. )?\d[^()]{1,24}\)")


def _before_its_conversion(match: re.Match[str]) -> bool:
    text, start = match.string, match.start()
    conversion = _CONVERSION_AHEAD.match(text, match.end())
    if conversion is None or not _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        return False
    word = _NEXT_WORD.match(text, conversion.end())
    return word is not None and word[1] not in _NOT_A_NOUN and not _PARTICIPLE.fullmatch(word[1])


_HYPHENED_WORD = re.compile(r"-[a-z]")
# A quantity after a determiner, a possessive or "by" of a relay ("the men's 100m", "the
# 4 by 100m"), before a noun, is an adjective: "the 100m final", "a 3 m wall", "his 5 MB file".
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?i:a|an|the|this|that|these|those|his|her|its|their|our|my|your|every|each|"
    r"whose)|\w's|\w s'|\d by|\b(?:one|two|three|four|five|six|seven|eight|nine|ten) by)\s$"
)
# Words after a quantity that are no noun it could qualify: "the 5 kg of flour", "the 2 km
# between", "a 5 m long boat", "the 100m was run".
_NOT_A_NOUN = read_words("en", "not_nouns")
# A participle after a quantity is no noun it qualifies: "the 5 km covered", "the 2 kg lost".
_PARTICIPLE = re.compile(r"[a-z]+[^e\W]ed|spent|lost|won|left|made|given|taken|swum|cut|set")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]{2,})\b(?!['-])")
_NAME_AHEAD = re.compile(r"[ \t]+(?:i?[A-Z][A-Za-z]+\b(?!['-])|[A-Z]{2,}-\d)")


# Units that name a device's rating or size, glued to the number before the device: "a
# pack of 9V batteries", "35mm film", "60W bulbs" (as "the 9V battery" with a determiner).
_RATINGS = frozenset({"V", "W", "kW", "mm", "mAh", "Ah"})


# A gauge in mm before what it measures, a name between: "16 mm stock", "30 mm GAU-8/A cannon";
# a calibre in cm too, as navies and armies of the metric world give theirs: "eight 38 cm guns",
# "four 10.5 cm howitzers".
_GAUGED = re.compile(
    r"(?: [A-Z][\w/-]*){0,2} "
    r"(?:film|stock|camera|lens|gun|cannon|rifle|shell|cartridge|howitzer|mortar)s?\b"
)
_GAUGES = frozenset({"mm", "cm"})


# A film's gauge after a verb of filming or showing it, the format's name, for "35 mm film":
# "shot in 70 mm", "filmed on 35mm", "projected in Super 16 mm" -> "seventy millimeter".
_FILMED_IN = re.compile(
    r"\b(?:shot|filmed|photographed|released|projected|presented|screened|shown|shooting|"
    r"filming)(?: (?:entirely|mostly|partly|originally|largely))? (?:in|on) (?:Super )?$"
)
_FILM_GAUGES = frozenset({"8", "16", "35", "65", "70"})


def _a_film_gauge(match: re.Match[str]) -> bool:
    start = match.start()
    return (
        match["unit"] == "mm"
        and match["num"] in _FILM_GAUGES
        and _FILMED_IN.search(match.string, max(0, start - 40), start) is not None
        and not match.string.startswith(" of ", match.end())
    )


_CURRENT_AHEAD = re.compile(r"[ \t]+(?:AC|DC)[ \t]+[a-z]{3,}")


def _glued_before_a_noun(match: re.Match[str]) -> bool:
    if match["unit"] in _GAUGES and _GAUGED.match(match.string, match.end()):
        return True
    if match["unit"] not in _RATINGS or not match.group(0)[-len(match["unit"]) - 1].isdigit():
        return False
    if _CURRENT_AHEAD.match(match.string, match.end()):
        return True  # "12V DC power", "a 240V AC supply": the kind of current and its noun
    word = _NEXT_WORD.match(match.string, match.end())
    if word is None or word[1].endswith("ly"):  # "5mm daily": an adverb
        return False
    return word[1] not in _NOT_A_NOUN and not _PARTICIPLE.fullmatch(word[1])


def _between_determiner_and_noun(match: re.Match[str]) -> bool:
    """Whether the quantity stands between a determiner and a noun, as an adjective does:
    "the 100m final", "a 5 MB file" (then its unit is singular)."""
    text, start = match.string, match.start()
    if not _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        return False
    if _NAME_AHEAD.match(text, match.end()):  # "a 128GB iPhone", "a 2 TB SSD", "a 30 mm GAU-8"
        return True
    if _COMPOUND_AHEAD.match(text, match.end()):  # "a 500 km sun-synchronous orbit"
        return True
    word = _NEXT_WORD.match(text, match.end())
    if word is not None and word[1] == "can" and _CAN_AS_NOUN.match(text, word.end()):
        return True  # "the 12 oz can is on sale": a tin, for no verb follows
    return word is not None and word[1] not in _NOT_A_NOUN and not _PARTICIPLE.fullmatch(word[1])


# A compound adjective and its noun after the quantity: "a 500 km sun-synchronous orbit", "a
# 12 in. cast-iron pan" (a point of the compass is no adjective: "the 20 km north-east of").
_COMPOUND_AHEAD = re.compile(
    r"[ \t]+(?!(?:north|south|east|west)-)[a-z]{2,}-[a-z]{2,}[ \t]+[a-z]{3,}\b(?!['-])"
)
_CAN_AS_NOUN = re.compile(r"\s+(?:is|was|has|had|costs?|of|and|or|in|on|for|with|holds)\b|[.,;]")


# A distance that names a race is plural wherever it stands, as the event is called: "the
# 400m freestyle" and "800m freestyle" are both "... meters freestyle", "the 110m hurdles".
_EVENT = re.compile(
    r"\s(?:freestyle|backstroke|breaststroke|butterfly|medley|individual medley|relay|relays|"
    r"hurdles|steeplechase|sprint|dash|race walk|time trial|individual pursuit|team pursuit|"
    r"pursuit)\b"
)
_DISTANCES = frozenset({"m", "km", "yd", "mi", "M", "K", "Km", "KM"})


def _an_event(match: re.Match[str]) -> bool:
    """Whether the quantity names a race: a distance before the event's word."""
    return match["unit"] in _DISTANCES and _EVENT.match(match.string, match.end()) is not None


# A middle distance of the track, its round hundreds said as athletics says them, where a race
# is spoken of: "the 1,500 m final", "won the 1500m" -> "fifteen hundred meters" ("at
# elevations of 500-1,500 m" is no race: "one thousand five hundred"). A place in it, a
# qualifying round, a best or a time of minutes and seconds (said by then) speaks of a race too.
_TRACK_HUNDREDS = re.compile(r"1,?(?P<hundreds>[1-9])00")
_RACE_AROUND = re.compile(
    r"(?i:\bfinals?\b|\bheats?\b|semi-?finals?|\bwon\b|\bwin(?:s|ning)?\b|\brace|\bran\b|"
    r"olympic|champion|\brecord|\bgold|\bsilver|\bbronze|medal|athlet|\btrack\b|indoor|"
    r"\btrials\b|\bfinish|runners?-up|qualif|personal best|season's best|\bfastest\b|"
    r"\bclocked\b|\b(?:first|second|third|fourth|fifth|sixth|last) in the\b|"
    r"\bminutes? [a-z -]{3,40} seconds\b)"
)


def track_hundreds(match: re.Match[str]) -> str | None:
    """ "fifteen hundred" for the 1,500 m of a race (see above), else None."""
    hundreds = _TRACK_HUNDREDS.fullmatch(match["num"])
    if hundreds is None or match["unit"] != "m" or match["num2"]:
        return None
    text = match.string
    around = text[max(0, match.start() - 60) : match.end() + 30]
    if not (_RACE_AROUND.search(around) or _EVENT.match(text, match.end())):
        return None
    return f"{_TEENS[int(hundreds['hundreds'])]} hundred"


# A race named by its distance alone after "the", where a race is spoken of: "She won the
# 1,500 in 3:55" -> "the fifteen hundred" ("the 1,500 people who won" are counted).
_THE_BEFORE = re.compile(r"(?i:\bthe (?:(?:men|women|boy|girl)'s )?)$")
_RACE_NAME_AFTER = re.compile(
    r"(?=[.,;:!?)]|$|\s+(?:in|at|on|with|and|final|finals|title|crown|race|heats?|semi-?finals?|"
    r"event|gold|silver|bronze|record)\b)"
)


def race_hundreds(match: re.Match[str]) -> str | None:
    """ "fifteen hundred" for a race named "the 1,500" (see above), else None."""
    hundreds = _TRACK_HUNDREDS.fullmatch(match["num"])
    text, start, end = match.string, match.start(), match.end()
    if hundreds is None or not _THE_BEFORE.search(text, max(0, start - 12), start):
        return None
    if not _RACE_NAME_AFTER.match(text, end):
        return None
    if not _RACE_AROUND.search(text, max(0, start - 60), end + 30):
        return None
    return f"{_TEENS[int(hundreds['hundreds'])]} hundred"


_TEENS = (
    *("", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
