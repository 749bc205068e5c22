"""A player's figures in sports news, written short after their count as box scores print
them, said as the words they stand for.

- "ran for 3 TDs" -> "three touchdowns"; "threw 2 TD passes" -> "two touchdown passes";
  "hit 2 HRs", "had 2 INTs" -> "home runs", "interceptions"
- "31 pts, 12 reb, 8 ast, 3 stl, 2 blk" -> "... twelve rebounds, eight assists, three steals,
  two blocks" (points and yards are read as units, by `measures`)
- "won in 10 rds" -> "ten rounds" (a lone "rd" may be an ordinal's spaced ending)
- only right after a count or an ordinal ("his 50th HR" -> "home run"): "TD Bank", "a TD" and
  "the HR department" are left alone; "412 total yds." -> "total yards"
- a pitcher's strikeouts, "K" after a count where the words speak of pitching: "had 12 K and
  no walks over seven innings" -> "twelve strikeouts" ("a 10 K race", "held at 4 K" stay)
- a standings' half game: "3.5 games back" -> "three and a half games back", "a 1.5-game lead"
  -> "a one-and-a-half-game lead", "0.5 games behind" -> "half a game behind"
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after, words_around
from narrator.spoken.en.numbers import cardinal

_WORDS = {
    "TD": ("touchdown", "touchdowns"),
    "INT": ("interception", "interceptions"),
    "HR": ("home run", "home runs"),
    "reb": ("rebound", "rebounds"),
    "ast": ("assist", "assists"),
    "stl": ("steal", "steals"),
    "blk": ("block", "blocks"),
    "rds": ("round", "rounds"),
}
_STAT = re.compile(
    r"(?<=\d )(?P<stat>TD|INT|HR)(?P<plural>s)?\b(?!['’-])"
    r"|(?<=\d )(?P<short>reb|ast|stl|blk)s?\b\.?(?=[\s,;)]|$)"
    # a fight's or a round's count: "won in 10 rds" ("3 rd" alone may be a spaced ordinal)
    r"|(?<=\d )(?P<rounds>rds)\b\.?(?=[\s,;)]|$)"
)
# After an ordinal, one of them: "hit his 50th HR" -> "fiftieth home run", "his 3rd TD".
_NTH_STAT = re.compile(
    r"(?:(?<=\dst )|(?<=\dnd )|(?<=\drd )|(?<=\dth ))(?P<stat>TD|INT|HR)\b(?!['’-])"
)
# Yards of a kind between the count and the unit: "allowed 412 total yds." -> "total yards".
_KIND_OF_YARDS = re.compile(
    r"(?<=\d )(?P<kind>total|rushing|passing|receiving|return|penalty) yds\b(?P<dot>\.)?"
)
# A figure before a noun of the game qualifies it, singular: "2 TD passes", "3 HR games";
# before any other noun the letters are something else's ("the 2 HR departments").
_NOUN_AFTER = re.compile(
    r" (?:pass(?:es)?|runs?|catch(?:es)?|receptions?|games?|seasons?|drives?|throws?)\b"
)
_OTHER_NOUN_AFTER = re.compile(
    r" (?!(?:in|on|of|for|and|or|to|as|at|by|from|with|while|this|that|last|next|over|per|"
    r"before|after|since|during|against|into|through|but|so|a|an|the|his|her|their|its|all|"
    r"each|apiece|combined|total|including|was|were|is|are|has|had|have|came|come)\b)[a-z]{2,}\b"
)
# Standings count half games, never other decimals: "3.5 games back", "a 1.5-game lead".
_HALF_GAMES = re.compile(r"(?<![\w.,])(?P<whole>\d{1,2})\.5(?P<joint>[ -])(?P<games>games?)\b")
# A pitcher's strikeouts, as box scores write them: "12 K", "9 Ks", "his 3,000th K", where
# the words around speak of pitching; a race's "10 K" and a cold "4 K" are left to `measures`.
_STRIKEOUTS = re.compile(r"(?:(?<=\d )|(?<=\d(?:st|nd|rd|th) ))K(?P<plural>s)?\b(?![\w'’-]|\.\w)")
_PITCHING = re.compile(
    r"\b(?:innings?|pitch(?:ed|er|ers|es|ing)?|struck out|strikeouts?|ERA|bullpen|mound|"
    r"no-hitter|shutout|batters?|walks?|walked|starter|strike zone|hurler|reliever|IP|BB)\b"
)
HINT = re.compile(
    r"\d (?:TD|INT|HR|reb|ast|stl|blk|rds)|\d(?:st|nd|rd|th)? Ks?\b"
    r"|\d\.5[ -]game|\d(?:st|nd|rd|th) (?:TD|INT|HR)\b| yds\b"
)


def _say_stat(match: re.Match[str]) -> str:
    stat = match["stat"] or match["short"] or match["rounds"]
    one, many = _WORDS[stat]
    count = match.string[max(0, match.start() - 4) : match.start()].split()[-1]
    if match["stat"] and _NOUN_AFTER.match(match.string, match.end()):
        return one
    if match["stat"] and _OTHER_NOUN_AFTER.match(match.string, match.end()):
        return match.group(0)
    # The point of "2 blk." that ends a sentence is its full stop too.
    return (one if count == "1" else many) + stop_after(match)


def _say_nth_stat(match: re.Match[str]) -> str:
    text, end = match.string, match.end()
    if _OTHER_NOUN_AFTER.match(text, end) and not _NOUN_AFTER.match(text, end):
        return match.group(0)  # "the 5th HR department"
    return _WORDS[match["stat"]][0]


def _say_strikeouts(match: re.Match[str]) -> str:
    if not _PITCHING.search(words_around(match, 120, 120)):
        return match.group(0)
    before = match.string[max(0, match.start() - 4) : match.start()].split()[-1]
    if before == "1" or before[-2:] in ("st", "nd", "rd", "th"):
        return "strikeout"  # "1 K", "his 3,000th K"
    return "strikeouts"


def _say_half_games(match: re.Match[str]) -> str:
    whole, games = int(match["whole"]), match["games"]
    if match["joint"] == "-":
        return "half-game" if whole == 0 else f"{cardinal(whole)}-and-a-half-{games}"
    return "half a game" if whole == 0 else f"{cardinal(whole)} and a half {games}"


def read_box_scores(text: str) -> str:
    """ "ran for 3 TDs" -> "ran for 3 touchdowns"; "12 reb, 8 ast" -> "12 rebounds, 8
    assists"; "3.5 games back" -> "three and a half games back"."""
    if ".5" in text:
        text = _HALF_GAMES.sub(_say_half_games, text)
    if " yds" in text:
        text = _KIND_OF_YARDS.sub(lambda m: f"{m['kind']} yards{stop_after(m)}", text)
    text = _NTH_STAT.sub(_say_nth_stat, text)
    if " K" in text:
        text = _STRIKEOUTS.sub(_say_strikeouts, text)
    return _STAT.sub(_say_stat, text)
