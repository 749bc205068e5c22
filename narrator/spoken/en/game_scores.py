"""Scores of tennis and cricket, which are not said with "to" as other pairs of numbers are.

- Tennis sets, two or more in a row or one with its tie-break: "6-4 3-6 7-6 (10-7)" ->
  "six four, three six, seven six (ten seven)"; a set's nought is "love" ("6-0" -> "six love");
  a set played on past 6-6 among them too ("6-7, 8-6" -> "six seven, eight six"); one set
  named so ("took the first set 6–4" -> "six four", "the fifth set 70–68"); a tie-break
  written by the loser's points is said whole: "7-6(5)" -> "seven six (seven five)"
- Cricket, in a line that speaks of the game: a side's runs and wickets, "356-4" -> "three
  hundred fifty-six for four"; a bowler's wickets and runs, "5-42" -> "five for forty-two".
  Elsewhere "the House passed it 356-4" is a vote, said "to".
- A side's record of wins and losses said as it stands, as sports news does: "the Jets are
  12-3", "the Celtics are 3-5 on the season" -> "twelve and three", "three and five" (a
  record in a Wikipedia article, "a 52-30 record", "finished 13-3", keeps "to", as its
  references read it).
- A record in brackets after a side's or a pitcher's name, as previews and game stories
  write it: "Keller (9-4) struck out eight", "Skubal (14-3, 2.41 ERA) faces ...", "The Lions
  (12-2) host the Vikings (11-3)" -> "nine and four", ...; a score after a result ("City beat
  United (3-1) in the final") and a vote keep "to".
- A football side's formation, dashed or hyphened: "a 4–4–2 formation" -> "a four-four-two
  formation".
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import words_around
from narrator.spoken.en.numbers import number
from narrator.spoken.rules import any_of

_SET = r"(?:[0-7][-–][0-7]|[1-9]\d?[-–][1-9]\d?)"
_TIE_BREAK = r"(?:\s?\(\d{1,2}(?:[-–]\d{1,2})?\))"
# Two sets or more, or one with its tie-break: "6-4 6-3", "6-1, 6-0", "7-6 (7-4)".
_SETS = re.compile(
    rf"(?<![\w.,/–-])(?:{_SET}{_TIE_BREAK}?(?:,?\s{_SET}{_TIE_BREAK}?)+|{_SET}{_TIE_BREAK})"
    r"(?![\w/–-]|[.,]\d)"
)
_PAIR = re.compile(r"(?P<a>\d{1,2})[-–](?P<b>\d{1,2})")
_SPACE_BETWEEN_SETS = re.compile(r"(?<=\d),?\s(?=\d)")
_GAMES = {frozenset({7, 5}), frozenset({7, 6})}

# Runs and wickets, or wickets and runs: one of them a single digit, the other two or three.
_CRICKET_SCORE = re.compile(
    r"(?<![\w.,/–-])(?P<a>\d{2,3}|\d)[-–/](?P<b>\d{2,3}|\d)(?![\w/–-]|[.,]\d|\*)"
)
_CRICKET_WORDS = re.compile(
    r"\b(?:stumps|innings|wickets?|declared|overs|Test|ODI|T20|batting|bowled|bowling|"
    r"bowlers?|spinners?|seamers?|paceman|pacemen|"
    r"not out|all out|figures of|run chase)\b|\d\*"
)
# A record after a verb of standing: "are 12-3", "stand at 9-7" (a record that moves, "fell
# to 3-9", keeps "to", as the project's references read it; so does a score "after the first
# half" or a lead, "were 2-0 up in the series", and a player's height, "is 6-4 and weighs").
_STANDING_RECORD = re.compile(
    r"\b(?P<verb>are|is|were|was|sit at|sits at|stand at|stands at|"
    # or a side that leads its division: "The Eagles lead the NFC East at 10-3"
    r"(?:leads?|led|tops?|topped) the (?:[A-Z][\w.]*\s){0,2}(?:division|conference|league|"
    r"standings|group|East|West|North|South|Central|Atlantic|Pacific|Midwest) at)"
    r" (?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?![\w/–-]|[.,]\d|\s(?:lead|win|victory|loss|defeat|"
    r"winners?|losers?|favou?rites?|margin|majority|decision|vote|split|ratio|and weigh\w*|"
    r"up|down|ahead|behind|clear|in front|"
    r"after|at(?! home\b)|going into|in the (?:first|second|third|fourth|fifth|final))\b)"
)
# A second record of the same side after the first, its place said: "are 9-2 at home but only
# 4-8 on the road" -> "nine and two at home but only four and eight on the road"; the first
# may be the whole season's ("are 12-4 this season and 6-2 at home", "20-15 overall and 11-6
# in conference play").
_ANOTHER_PLACE = (
    r"(?:at home|on the road|away from home|in road games|in home games|"
    r"in (?:conference|league|division|district|region(?:al)?) (?:play|games)|"
    r"against (?:ranked|conference|division) (?:teams|opponents))\b"
)
_SEASON_PLACE = r"(?:this season|on the season|overall|on the year)\b"
_SECOND_RECORD = re.compile(
    r"(?:(?<= and )|(?<= but )|(?<= only )|(?<= just ))(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?= "
    + _ANOTHER_PLACE
    + ")"
)
_FIRST_RECORD_SAID = re.compile(rf"\b[a-z-]+ and [a-z-]+ (?:{_ANOTHER_PLACE}|{_SEASON_PLACE})")
_NOT_A_RECORD = re.compile(
    r"(?i:\b(?:scores?|scored|scorelines?|odds|vote[ds]?|margin|ratio|tally|ages?|aged|half|period|quarter|"
    r"inning|tall|height|forward|guard|center|centre|"
    # or a vote of a court or a body: "The ruling was 7-2, with two justices dissenting"
    r"ruling|ruled|court|justices?|judges|jur(?:y|ors)|verdict|panel|council|board|commission|"
    r"committee|senate|lawmakers|ballots?|motion|bill|amendment|resolution|dissent\w*|"
    # or a span of the clock: "The museum's hours are 10-5 daily", "Office hours are 9-5"
    r"hours|daily|weekdays|shifts?|o'clock)\b)"
)
_SEASON_WORDS = re.compile(
    r"(?i:\b(?:season|record|overall|standings|division|conference|league|streak|on the year|"
    r"at home|on the road|since)\b)"
)
HINT = any_of(r"[-–](?<=\d[-–])\d", r"/(?<=\d/)\d")


def _a_set(a: int, b: int) -> bool:
    """Whether ``a``-``b`` can be a finished tennis set: 6 against 4 or less, 7-5 or 7-6."""
    return (max(a, b) == 6 and min(a, b) <= 4) or frozenset({a, b}) in _GAMES


def _say_games(match: re.Match[str]) -> str:
    return " ".join("love" if games == "0" else number(games) for games in (match["a"], match["b"]))


def _an_advantage_set(a: int, b: int) -> bool:
    """Whether ``a``-``b`` can be a set played on past 6-6 without a tie-break: "8-6", "10-8"."""
    return max(a, b) >= 8 and abs(a - b) == 2


# A tie-break written by the loser's points alone, as results pages write it: "7-6(5)" is a
# tie-break won 7-5, "6-7(10)" one lost 10-12; said whole, in the set's order, as "(7-5)" is.
_LOSERS_POINTS = re.compile(r"(?P<a>[67])[-–](?P<b>[67])\s?\((?P<n>\d{1,2})\)")


def _whole_tie_break(match: re.Match[str]) -> str:
    a, b, lost = int(match["a"]), int(match["b"]), int(match["n"])
    if {a, b} != {6, 7}:
        return match.group(0)
    won = max(7, lost + 2)
    points = f"{won}-{lost}" if a > b else f"{lost}-{won}"
    return f"{a}-{b} ({points})"


def _say_sets(match: re.Match[str]) -> str:
    written = match.group(0)
    if "(" in written:
        written = _LOSERS_POINTS.sub(_whole_tie_break, written)
    sets = [
        (int(p["a"]), int(p["b"]))
        for p in _PAIR.finditer(written)
        if written[p.start() - 1 : p.start()] != "("
    ]
    # A set past 6-6 stands among sets of the usual count: "6-7, 8-6" ("10-8, 12-10" alone
    # may be any game's points).
    if not all(_a_set(*s) or _an_advantage_set(*s) for s in sets):
        return written
    if not any(_a_set(*s) for s in sets):
        return written
    return _PAIR.sub(_say_games, _SPACE_BETWEEN_SETS.sub(", ", written))


def _say_cricket_score(match: re.Match[str]) -> str:
    a, b = match["a"], match["b"]
    if (len(a) == 1) == (len(b) == 1) or not _CRICKET_WORDS.search(words_around(match, 120, 120)):
        return match.group(0)
    return f"{number(a)} for {number(b)}"


def _say_standing_record(match: re.Match[str]) -> str:
    around = words_around(match, 60, 60)
    wins, losses = int(match["a"]), int(match["b"])
    if _NOT_A_RECORD.search(around) or (wins <= losses and not _SEASON_WORDS.search(around)):
        return match.group(0)  # "Sizes are 3-5": a range rises where no season is spoken of
    return f"{match['verb']} {number(match['a'])} and {number(match['b'])}"


# A record in brackets after a name (see above): a pitcher's has his earned run average
# after it, or the name and its record are the subject of the verb after them; then the
# other bracketed pairs after names in the same sentence are the other sides' records.
_BRACKETED_RECORD = re.compile(
    r"(?<=[A-Za-z] )\((?P<a>\d{1,2})[-–](?P<b>\d{1,2})(?P<era>,\s?\d?\.\d\d ERA)?\)"
    r"(?= (?P<after>[a-z]+)\b|[,.;]| \w)"
)
_SENTENCE_END = re.compile(r"((?<=[.!?])\s+(?=[A-Z]))")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.'’]*\s$")
# Words after the brackets that are no verb of theirs: "Vikings (11-3) on Sunday night".
_NOT_A_VERB = re.compile(
    r"(?:in|at|on|to|and|or|with|after|before|for|of|as|but|the|an?|from|by|over|against|"
    r"than|yesterday|today|tonight|last|this|next|when|while)"
)
_RESULT_BEFORE = re.compile(
    r"(?i:\b(?:beat|beats|beaten|defeat\w*|drew|draw|won|win|lost|lose|edged|thrashed|"
    r"routed|downed|over|against|vs|v)\b)"
)


def _a_bracketed_record(match: re.Match[str]) -> bool:
    """Whether the bracketed pair stands after a name as its record (see above)."""
    text, start = match.string, match.start()
    if not _NAME_BEFORE.search(text, max(0, start - 30), start):
        return False
    if _NOT_A_RECORD.search(words_around(match, 60, 60)):
        return False
    if match["era"]:
        return True
    clause = re.split(r"[.;:!?]\s", text[max(0, start - 60) : start])[-1]
    verb = match["after"]
    if verb is None or _NOT_A_VERB.fullmatch(verb):
        return False
    return not _RESULT_BEFORE.search(clause)


def _say_bracketed_records(text: str) -> str:
    """Each bracketed record of a sentence where one is plainly a record (see above)."""
    sentences = _SENTENCE_END.split(text)  # the spaces between them kept, at odd places
    for i, sentence in enumerate(sentences):
        pairs = list(_BRACKETED_RECORD.finditer(sentence))
        if not any(_a_bracketed_record(pair) for pair in pairs):
            continue
        for pair in reversed(pairs):
            if _NAME_BEFORE.search(sentence, max(0, pair.start() - 30), pair.start()):
                said = f"({number(pair['a'])} and {number(pair['b'])}{pair['era'] or ''})"
                sentence = sentence[: pair.start()] + said + sentence[pair.end() :]
        sentences[i] = sentence
    return "".join(sentences)


# A football side's formation, its outfield lines summing to ten, where the words speak of
# one: "lined up in a 4–4–2 formation", "switched to 3-5-2" -> "four-four-two".
_FORMATION = re.compile(r"(?<![\w.,/–-])(?P<lines>[1-6](?:[-–][1-6]){2,3})(?![\w/–-]|[.,]\d)")
_FORMATION_WORDS = re.compile(
    r"(?i:\b(?:formation|system|shape|line-?up|lined up|tactics?|switched to|set up)\b)"
)


def _say_formation(match: re.Match[str]) -> str:
    lines = re.split("[-–]", match["lines"])
    if sum(map(int, lines)) != 10 or not _FORMATION_WORDS.search(words_around(match, 60, 60)):
        return match.group(0)
    return "-".join(number(line) for line in lines)


# One set named as a set, its games after it: "took the first set 6–4", "won the fifth set
# 70–68", "the final set went to 13–11" -> "six four", "seventy sixty-eight", "thirteen eleven".
_NAMED_SET = re.compile(
    r"(?P<before>\bset (?:(?:went|ended|finished|was|to|at|by)\s){0,2})"
    r"(?P<a>\d{1,2})[-–](?P<b>\d{1,2})(?![\w/–-]|[.,]\d)"
    # and no measure after it: "Plants are set 4-6 inches apart"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:but|and|in|after|before|to|with|against|over|on|as|when)\b)"
)


def _say_named_set(match: re.Match[str]) -> str:
    a, b = int(match["a"]), int(match["b"])
    if not (_a_set(a, b) or _an_advantage_set(a, b)):
        return match.group(0)
    return match["before"] + _say_games(match)


def read_game_scores(text: str) -> str:
    """ "won 6-4 7-6 (7-3)" -> "won six four, seven six (seven three)"; "closed on 287-6 at
    stumps" -> "two hundred eighty-seven for six"; "a 4-4-2 formation" -> "four four two"."""
    text = _FORMATION.sub(_say_formation, text)
    text = _SETS.sub(_say_sets, text)
    if "set " in text:
        text = _NAMED_SET.sub(_say_named_set, text)
    text = _STANDING_RECORD.sub(_say_standing_record, text)
    if "(" in text:
        text = _say_bracketed_records(text)
    if " and " in text and _FIRST_RECORD_SAID.search(text):
        text = _SECOND_RECORD.sub(lambda m: f"{number(m['a'])} and {number(m['b'])}", text)
    return _CRICKET_SCORE.sub(_say_cricket_score, text)
