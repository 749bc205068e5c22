"""Clock times written with a point, as British papers, timetables, diaries and almanacs print
them, where the words around say they are times and no values.

- "we meet at 5.30 tomorrow" -> "... at five thirty tomorrow" ("shares closed at 5.30" is a price)
- "12.45 GMT", "09.05 BST" -> "twelve forty-five GMT", "nine oh five BST": before a zone
- "the 10.30 train", "the 8.15 from Paddington", "caught the 8.15 and" -> "the ten thirty train"...
- "Sunrise 7.43, sunset 4.12", "High water at London Bridge, 2.17": an almanac's times
- "The clock on the mantel said 7.15" -> "... said seven fifteen": what a clock or watch shows
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import words_around
from narrator.spoken.en.numbers import cardinal

# The zones of the world's clock, as written after a time (`times` reads them after a colon's).
WORLD_ZONES = (
    "GMT|UTC|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|BST|CET|CEST|EET|EEST|MSK|JST|IST|"
    "AEST|AEDT|HKT|SGT"
)


def _say_clock(hour: int, minute: int) -> str:
    if not minute:
        return f"{cardinal(hour)} o'clock" if 0 < hour <= 12 else f"{cardinal(hour)} hundred"
    return f"{cardinal(hour)} {'oh ' if minute < 10 else ''}{cardinal(minute)}"


# A dotted time without AM/PM, as British news writes it, where the words say it is a
# time: "we meet at 5.30 tomorrow", "the train leaves at 7.45", "the meeting moved to 11.30",
# old timetables' "arrives at 5.5 in the morning" ("five oh five"); "closed at 5.30" is a price.
_DOTTED_TIME = re.compile(
    r"(?:(?i:\b(?:at|by|until|till|before|after|"
    r"(?:moved|postponed|delayed|rescheduled|switched|put back|pushed back|brought forward) to|"
    r"arriving|leaving|departing|(?:fixed|set|arranged|called) for))"
    r"\s(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d|\d(?= in the (?:morning|afternoon|evening)\b))"
    r"|(?<![\w.,:$£€])(?P<h2>[01]?\d|2[0-3])\.(?P<m2>[0-5]\d)(?=,?\s(?:on\s)?(?i:(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day)\b))"
    r"(?![\d%]|[.,]\d|\s?(?:%|percent|per|points?|dollars?|pounds?|euros?|cents?|pence)\b"
    r"|\s?[aApP]\.?[mM]\b)"  # "at 7.30pm": the AM/PM times' own (was "seven thirtypm")
)
# A dotted time with no word of when before it, where a word of the day's clock follows
# ("It was 7.45 by the clock", "10.45 by the station clock", "ARRIVED SAFE 4.30 TO-DAY",
# "left 6.15 this morning") or "it was" leads it to a pause or a "when" ("It was 4.30 when
# we woke", "it was then 10.30.", "It was nearly 11.15 before he came": a word of how near
# may stand between); a measure's "pH of 7.45 in the morning", a price's "rose 1.25 today"
# and "version 2.10 today" stay values.
_DOTTED_UNLED = re.compile(
    r"(?<![\w.,:$£€])(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?=\s(?:by (?:the|my|his|her|our|"
    r"their|a) (?:[a-z]+ ){0,2}(?:clock|watch)\b|(?i:to-?day|to-?night|to-?morrow)\b|"
    r"(?:this|that) (?:morning|afternoon|evening|night)\b|last night\b|"
    r"in the (?:morning|afternoon|evening)\b|at night\b|sharp\b))"
    r"|(?P<it>\b[Ii]t (?:was|is) (?:(?:then|now|already|just|nearly|almost|about|exactly|"
    r"precisely|past|gone|after) ){0,2})(?P<h2>[01]?\d|2[0-3])\.(?P<m2>[0-5]\d)"
    r"(?=[,;.!?\u2014]|\s(?:when|before|and|as|ere)\b)"
)
# A dotted time a clock or a watch is said to show: "The clock on the mantel said 7.15", "his
# watch showed 4.40", "the church clock pointed to 11.55".
_CLOCK_SHOWED = re.compile(
    r"\b(?P<said>(?:clock|watch|timepiece)\b[^.;:!?\d]{0,24}?\b(?:said|says|showed|shows|read|"
    r"reads|pointed to|points to|marked|marks|stood at|stands at|was at)\s)"
    r"(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?![\d%]|[.,]\d)"
    # ending its clause: "the stopwatch read 9.58 seconds" is a measure
    r"(?=\s*(?:[,.;:!?)\"\u201d]|$)|\s+(?:and|when|as|but|by|exactly|precisely|o'clock)\b)"
)
_NOT_CLOCK_WORDS = re.compile(
    r"(?i:\b(?:rose|fell|gained|lost|climbed|dropped|slipped|jumped|up|down|ph|temperature|"
    r"reading|level|pulse|weighed|measured|version|release|update|build|edition)\b)"
)


# A dotted time joined to a time just said after "at", "between" or "from": "Service at 11
# and 6.30", "fired between 10 and 10.15", "open from 10 till 5.30" -> "six thirty", "ten
# fifteen", "five thirty" (the first is read as a number).
_SECOND_TIME = re.compile(
    r"(?:(?<=\b(?:at|At) )|(?<=\b[Bb]etween ))"
    r"(?P<first>(?:1[0-2]|[1-9])(?:\.[0-5]\d)? (?:and|or|till|until|to) )"
    r"(?P<h>1[0-2]|[1-9])\.(?P<m>[0-5]\d)(?![\d%]|[.,]\d|\s?(?:%|percent|per|points?)\b)"
    r"|(?<=\b(?:from|From) )(?P<first2>(?:1[0-2]|[1-9])(?:\.[0-5]\d)? (?:till|until|to) )"
    r"(?P<h2>1[0-2]|[1-9])\.(?P<m2>[0-5]\d)(?![\d%]|[.,]\d|\s?(?:%|percent|per|points?)\b)"
)


def _say_second_time(match: re.Match[str]) -> str:
    around = match.string[max(0, match.start() - 40) : match.end() + 30]
    if not _TIME_WORDS.search(around) or _VALUE_WORDS.search(around):
        return match.group(0)
    first, hour, minute = (
        (match["first"], match["h"], match["m"])
        if match["h"]
        else (match["first2"], match["h2"], match["m2"])
    )
    return first + _say_clock(int(hour), int(minute))


# Two dotted times as the span of a day's hours, where the words around speak of time: "tours
# run on weekdays from 8.30 to 4.30", "open 9.30-5.30 daily" -> "eight thirty to four thirty",
# ... ("the rate fell from 5.25 to 4.50" is a value's fall).
_DOTTED_SPAN = re.compile(
    r"(?<![\w.,:$£€])(?P<from>(?:[Ff]rom|[Bb]etween) )?(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)"
    r"(?P<to>\s?[-–]\s?|\s(?:to|till|until|and)\s)(?P<h2>[01]?\d|2[0-3])\.(?P<m2>[0-5]\d)"
    r"(?![\d%]|[.,]\d|\s?(?:%|percent|per|points?|[kcm]?[mg]|lbs?|ft|mi|km|secs?|seconds)\b"
    r"|\s?[aApP]\.?[mM]\b)"
)
# A dotted time joined to a time of day named by its word, a span of the day's hours: "between
# 11.30 and midnight", "from noon to 1.30", "between 4.45 and dusk" -> "eleven thirty", ...
_BY_A_NAMED_TIME = re.compile(
    r"(?<![\w.,:$£€])(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)"
    r"(?=\s(?:and|or|to|till|until)\s(?:midnight|noon|midday|dawn|daybreak|dusk|nightfall)\b)"
    r"|(?P<named>\b(?:midnight|noon|midday|dawn|daybreak|dusk|nightfall)\s(?:and|or|to|till|until)\s)"
    r"(?P<h2>[01]?\d|2[0-3])\.(?P<m2>[0-5]\d)"
    r"(?![\d%]|[.,]\d|\s?(?:%|percent|per|points?)\b|\s?[aApP]\.?[mM]\b)"
)


def _say_by_a_named_time(match: re.Match[str]) -> str:
    if match["h"]:
        return _say_clock(int(match["h"]), int(match["m"]))
    return match["named"] + _say_clock(int(match["h2"]), int(match["m2"]))


# One figure of minutes after "at", as old timetables and travellers print them, where a
# train or a journey is spoken of and the clause ends: "The express reached Crewe at 11.5."
# -> "eleven oh five" ("stood at 11.5." is a level's, "rose at 2.5 knots" a rate's).
_ONE_FIGURE_MINUTES = re.compile(
    r"(?<=\bat )(?P<h>1[0-2]|[1-9])\.(?P<m>[1-9])(?=[,;]\s|[.!?]?\s*$|[.!?]\s+[A-Z])"
)
_JOURNEY_WORDS = re.compile(
    r"(?i:\b(?:train|express|mail|coach|steamer|boat|ferry|reached|arrived|arriving|left|leaving|"
    r"started|departed|due|got in|came in)\b)"
)


def _say_one_figure_minutes(match: re.Match[str]) -> str:
    start = match.start()
    sentence = match.string[max(0, start - 80) : start]
    if not _JOURNEY_WORDS.search(sentence) or _VALUE_WORDS.search(sentence):
        return match.group(0)
    if _LEVEL_BEFORE.search(match.string, max(0, start - 14), start):
        return match.group(0)
    return _say_clock(int(match["h"]), int(match["m"]))


_DAY_WORDS = re.compile(r"(?i:\b(?:weekdays?|weekends?|daily|hours|tours?|visits?|visiting)\b)")


def _say_dotted_span(match: re.Match[str]) -> str:
    around = words_around(match, 40, 30)
    if _VALUE_WORDS.search(around) or _NOT_CLOCK_WORDS.search(around):
        return match.group(0)
    if match["to"].strip() == "and" and not match["from"]:
        return match.group(0)  # "1.25 and 2.50": two values as often as two times
    if not (_TIME_WORDS.search(around) or _DAY_WORDS.search(around)):
        return match.group(0)
    to = " to " if match["to"].strip() in "-–" else match["to"]
    first = _say_clock(int(match["h"]), int(match["m"]))
    return f"{match['from'] or ''}{first}{to}{_say_clock(int(match['h2']), int(match['m2']))}"


# A dotted time before a zone of the world's clock, as British live pages write it: "12.45
# GMT", "09.05 BST" -> "twelve forty-five GMT", "nine oh five BST".
_DOTTED_ZONED = re.compile(
    rf"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?=\s(?:{WORLD_ZONES})\b)"
)
_TIME_WORDS = re.compile(
    r"(?i:\b(?:meet|meets|meeting|leave|leaves|leaving|start|starts|starting|begin|begins|"
    r"open|opens|arrive|arrives|arrived|arrival|depart|departs|departure|kick-off|kicks off|"
    r"due|scheduled|tonight|tomorrow|today|morning|afternoon|evening|clock|local time|gmt|bst|"
    r"left|came|went|returned|woke|awoke|dinner|breakfast|lunch|supper|train|night|shut|shuts|"
    r"closes|ends|finishes|rose|rises|set|sets|sunrise|sunset|dawn|struck|rang|began|started|"
    r"opened|ended|finished|sailed|marched|halted|reached|fired|firing|guns|lit|lighted|whistle|"
    # the words of old diaries and letters: "Got up at 5.45", "The post goes out at 4.15"
    r"sail|sails|anchor|anchored|landed|dined|post|got up|to-morrow|to-night|to-day|church|"
    r"chapel|service|prayers|tea|bed|slept|charged|attacked|advanced|retired|withdrew|midnight|"
    r"surrendered|assault|bombardment|barrage|dine|dines|sharp|punctually|arriving|noon|"
    # the hours of a parish's and a hall's day: "will preach at 11 and 6.30"
    r"preach|preaches|preached|sermons?|lectures?|evensong|matins|vespers|matinee|curtain|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|zero hour|o'clock|[ap]\.m\.))"
)


# Words of prices and rates near a dotted number make it a value: "shares closed at 5.30 today".
_VALUE_WORDS = re.compile(
    r"(?i:\b(?:shares?|stocks?|index|prices?|traded|trading|closed|yields?|rates?|pence|cents|"
    r"dollars?|euros?|pounds?|percent|points?|odds|average|score[ds]?|sold|bought|priced|"
    r"quoted|fetched|paid|costs?)\b)"
)
# "by 7.30 the first line had been carried": a clause opened by the time says what happened then
_CLAUSE_START = re.compile(r"(?:^|[.,;:]\s+|\b(?:and|but|then)\s)$")


# A dotted time that names a departure or a showing: "the 10.30 train", "the 11.45 express",
# "the 5.5 to Oxford" (one figure of minutes, as old timetables print it: "five oh five"),
# "the 6.40 up", "the 8.15 from Paddington", "the 10.40 to Edinburgh", "the 6.30 news" (no
# price is "the 10.30 train").
_TIMETABLE = re.compile(
    r"\b(?P<the>[Tt]he )(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d|[1-9])(?=\s(?:train|bus|coach|flight|"
    r"express|mail|boat|steamer|packet|stage|up|down|local|slow|fast|stopping|"
    r"ferry|service|departure|sailing|show|showing|performance|kick-off|kickoff|start|news|"
    r"bulletin|mass|from|(?:to|at)(?=\s[A-Z][a-z])|(?:was|is|ran|runs)\s(?:late|early|cancelled|"
    r"delayed|full|crowded)|cancelled|delayed|arrived|departed|pulled out|came in)\b)"
)


_TIMETABLE_HINT = re.compile(r"he (?=\d{1,2}\.\d\d?\s)")
# A train named by its time after a verb of taking it, or "on" one after a verb of going,
# where no noun follows: "came back by the 4.45.", "caught the 8.15 and", "came home on the
# 5.40 every evening", "went up on the 8.15" ("by the 2.50 a share" is a value: a word other
# than a joining one or a time's follows).
_TRAIN_TAKEN = re.compile(
    r"\b(?P<the>(?:by|caught|catch|catches|catching|took|take|takes|taking|missed|miss|misses|"
    r"missing|(?:came|come|comes|coming|went|go|goes|going|got|travell?ed|returned|arrived)"
    r"(?: home| back| up| down)? on) the )(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)"
    r"(?=[.,;:!?)]\s|[.,;:!?)]?$|\s+(?:and|or|but|back|home|up|down|in|on|from|to|every|each|"
    r"that|this|next|tomorrow|tonight|yesterday)\b)"
)


# An almanac's times after the event they time, with no "at": "Sunrise 7.43, sunset 4.12",
# "High water at London Bridge, 2.17" -> "seven forty-three", ...
_ALMANAC = re.compile(
    r"\b(?P<event>(?:[Ss]un|[Mm]oon)(?:rise|set|\srises|\ssets)|[Hh]igh water|[Ll]ow water|"
    r"[Ll]ighting-up time)(?P<between>[,:]?\s(?:[A-Z][a-z]+\s){0,3}?)"
    r"(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?![\d%]|[.,]\d)"
)


def _say_almanac(match: re.Match[str]) -> str:
    said = _say_clock(int(match["h"]), int(match["m"]))
    return f"{match['event']}{match['between']}{said}"


# "at 12.15." ending a clause after a deed is when it was done: "ordered the boats lowered at
# 12.15.", "the last of them crossed at 3.40;" (a value's "stood at 3.25." or "was fixed at
# 1.45." is said by a verb of level before "at").
_AT_CLAUSE_END = re.compile(r"[.;!?](?!\d)|,\s|\s*$")
_LEVEL_BEFORE = re.compile(
    r"(?i:\b(?:stood|stands?|standing|was|is|were|are|be|been|fixed|set|capped|pegged|estimated|"
    r"put|valued|priced|peaked|bottomed|topped|closed|opened|ended|finished|settled|hovered|"
    r"remained|held|levelled|leveled|measured|rated|clocked|timed|ran|came in|weighed in|"
    r"steady|unchanged|high|low|record) at $)"
)


def _said_at_clause_end(match: re.Match[str]) -> bool:
    """Whether a dotted number after "at" ends its clause after a deed, a time of day."""
    text = match.string
    if not text.startswith("at ", match.start()) or not _AT_CLAUSE_END.match(text, match.end()):
        return False
    if _LEVEL_BEFORE.search(text, max(0, match.start() - 14), match.start() + 3):
        return False
    return not _NOT_CLOCK_WORDS.search(text, max(0, match.start() - 40), match.start())


def _say_dotted_time(match: re.Match[str]) -> str:
    text = match.string
    around = text[max(0, match.start() - 40) : match.end() + 30]
    then = text.startswith(" the ", match.end()) and _CLAUSE_START.search(text, 0, match.start())
    timed = then or _TIME_WORDS.search(around) or _said_at_clause_end(match)
    if not timed or _VALUE_WORDS.search(around):
        return match.group(0)
    if match["h2"]:  # "7.30 Friday", "10.30 on Tuesday": a time before its day
        return _say_clock(int(match["h2"]), int(match["m2"]))
    hour, minute = int(match["h"]), int(match["m"])
    said = _say_clock(hour, minute)
    return match.group(0)[: match.start("h") - match.start()] + said


def _say_unled_time(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 30) : match.start()]
    if _NOT_CLOCK_WORDS.search(before) or _VALUE_WORDS.search(before):
        return match.group(0)
    if match["h"]:
        return _say_clock(int(match["h"]), int(match["m"]))
    return match["it"] + _say_clock(int(match["h2"]), int(match["m2"]))


def read_dotted_times(text: str) -> str:
    """Read the dotted times of ``text`` that its words say are times: "at 5.30 tomorrow",
    "the 8.15 train", "Sunrise 7.43" -> "five thirty", "eight fifteen", "seven forty-three"."""
    text = _DOTTED_ZONED.sub(lambda m: _say_clock(int(m["h"]), int(m["m"])), text)
    text = _DOTTED_SPAN.sub(_say_dotted_span, text)
    text = _DOTTED_TIME.sub(_say_dotted_time, text)
    text = _DOTTED_UNLED.sub(_say_unled_time, text)
    text = _SECOND_TIME.sub(_say_second_time, text)
    text = _BY_A_NAMED_TIME.sub(_say_by_a_named_time, text)
    if " at " in text:
        text = _ONE_FIGURE_MINUTES.sub(_say_one_figure_minutes, text)
    if "clock" in text or "watch" in text or "timepiece" in text:
        text = _CLOCK_SHOWED.sub(lambda m: m["said"] + _say_clock(int(m["h"]), int(m["m"])), text)
    if _TIMETABLE_HINT.search(text):
        text = _TIMETABLE.sub(lambda m: m["the"] + _say_clock(int(m["h"]), int(m["m"])), text)
    text = _ALMANAC.sub(_say_almanac, text)
    if "he " in text:
        text = _TRAIN_TAKEN.sub(lambda m: m["the"] + _say_clock(int(m["h"]), int(m["m"])), text)
    return text
