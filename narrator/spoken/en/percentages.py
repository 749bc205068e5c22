"""Percentages.

- "5.5%" -> "five point five percent"; "+3%" -> "plus three percent"; "fell to –3.5%" ->
  "... minus three point five percent" (an en dash before a lone figure is a minus)
- "3 1/2%", "3½%" -> "three and a half percent"; a lone part: "½ per cent", "¼%" -> "a half per
  cent", "a quarter percent"
- "5-10%" -> "five to ten percent"; "5%-10%" -> "five percent to ten percent"
- "15 pc", "15pc", "0.25 pct", "5 p.c." -> "fifteen percent", ... (British news writes "pc",
  wires "pct", old books "p.c.")
- "up 5% y/y" -> "up five percent year on year" ("q/q", "m/m", "w/w", "YoY" alike)
- "4.5% p.a." -> "four point five percent per annum"
- "+1.2 pp", "fell 3 pp", "0.5 p.p." -> "plus one point two percentage points", ... (a
  change of a percentage; "300 pp." after a plain count is pages, read by numero first)
- "95% CI" -> "ninety-five percent C I": a confidence interval's letters, spelled (an
  uncertainty interval's "UI" and a prediction interval's "PI" too)
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import HAS_DIGIT, NUM, START, stop_after
from narrator.spoken.en.fractions import say_fraction
from narrator.spoken.en.numbers import decimal

_PERCENT = re.compile(
    rf"{START}(?:(?P<fraction>(?:\d+[ -]?)?(?:\d+/\d+|[½¼¾⅓⅔])(?=\s?%))|(?P<num>[-+–]?{NUM}))"
    rf"(?:\s?(?P<each>%)?\s?[-–]\s?(?P<num2>{NUM}))?\s?(?:%|pc\b(?!\.\w)|pct\b|p\.\s?c\.)"
    r"(?P<annum>\s(?:p\.\s?a\.|pa\b|p/a\b))?"
)
# Percentage points after a figure: "pp" where a page count would be dotted ("320 pp."), which
# numero has read by now, so a dotted "pp." left here follows a sign or a decimal ("+1.2 pp.").
_POINTS = re.compile(rf"{START}(?P<num>[-+–]?{NUM})\s?(?:pp(?!\w)|p\.p\.)(?P<stop>\.)?")
# A half or a quarter alone before its percent is said as a part, as "a half" in "three and a
# half": "rose by ½ per cent" -> "a half per cent" (not "one half").
_LONE_PART = re.compile(
    r"(?<![\w.,/⁄])(?P<part>[½¼¾])(?:\s?(?P<sign>%)|(?=\s?(?:per\s?cent\b|percent\b)))"
)
_PARTS = {"½": "a half", "¼": "a quarter", "¾": "three quarters"}
# Period-on-period changes, as finance news writes them after a figure.
# "MoM" and "WoW" are words too often to be read so.
_PERIODS = {"y": "year", "q": "quarter", "m": "month", "w": "week"}
# An interval's letters after its percentage, which engines would say as a word ("ki").
_INTERVAL = re.compile(r"(?<=percent )(?P<letters>CI|UI|PI)(?!\w)")
_ON_PERIOD = re.compile(r"(?<![\w/])(?:(?P<a>[yqmwYQMW])/(?P=a)|(?P<b>[yqYQ])o(?P=b))(?![\w/])")


def read_percentages(text: str) -> str:
    """Read percentages: "5.5%" -> "five point five percent", "5-10%" -> "five to ten percent"."""

    def say(match: re.Match[str]) -> str:
        if match["fraction"]:  # "3 1/2%", "3½%" -> "three and a half percent"
            return say_fraction(match["fraction"]) + " percent"
        words = decimal(match["num"].lstrip("+").replace("–", "-"))  # "–3%": a minus
        if match["num"].startswith("+"):
            words = "plus " + words
        if match["num2"]:
            # "5%-10%" says "percent" after each number, as it is written.
            words += (" percent" if match["each"] else "") + " to " + decimal(match["num2"])
        if match["annum"]:  # "p.a." may end the sentence too
            return words + " percent per annum" + stop_after(match)
        if match.group(0).endswith("."):  # old books' "p.c.", said as they print "per cent."
            return words + " per cent" + stop_after(match)
        return words + " percent"

    # Only lines with a figure, as the rule's hint says: "M/M" alone is no change.
    periods = HAS_DIGIT.search(text) and (
        "/" in text or "oY" in text or "oy" in text or "oQ" in text or "oq" in text
    )
    if "½" in text or "¼" in text or "¾" in text:
        text = _LONE_PART.sub(lambda m: _PARTS[m["part"]] + (" percent" if m["sign"] else ""), text)
    if "%" in text or "pc" in text or "p." in text:  # what a percentage ends with
        text = _PERCENT.sub(say, text)
    if "pp" in text or "p.p." in text:
        text = _POINTS.sub(_say_points, text)
    if "cent." in text:  # "5 per cent. on the money": the point is the word's, no stop
        text = _PER_CENT_POINT.sub("per cent", text)
    if "I" in text:
        text = _INTERVAL.sub(lambda m: " ".join(m["letters"]), text)
    if periods:
        text = _ON_PERIOD.sub(_say_on_period, text)
    return text


# Old books print "per cent." with the point of the word written short: before a word in small
# letters or a comma it ends no sentence ("at five per cent. on the money", "per cent., and").
_PER_CENT_POINT = re.compile(r"\bper cent\.(?=\s+[a-z]|[,;:)])")


def _say_points(match: re.Match[str]) -> str:
    """Read "+1.2 pp" as "plus one point two percentage points"; "1 pp" and "a 3 pp rise"
    (the figure qualifying a noun) with one point. A whole unsigned figure is points only
    after a change or an article: a book's "(212 pp)" is its pages."""
    number = match["num"].replace("–", "-")
    before = match.string[max(0, match.start() - 12) : match.start()]
    article = _ARTICLE_BEFORE.search(before)
    if number.isdigit() and not (article or _CHANGE_BEFORE.search(before)):
        return match.group(0)
    words = ("plus " if number.startswith("+") else "") + decimal(number.lstrip("+"))
    one = number.lstrip("+-") == "1" or article
    return f"{words} percentage {'point' if one else 'points'}{stop_after(match)}"


_ARTICLE_BEFORE = re.compile(r"\b[Aa]n? $")
_CHANGE_BEFORE = re.compile(
    r"\b(?:by|up|down|rose|fell|rise|fall|gained|lost|dropped|climbed|slipped|jumped|"
    r"narrowed|widened|grew|shrank|slid|added|shed) $"
)


def _say_on_period(match: re.Match[str]) -> str:
    period = _PERIODS[(match["a"] or match["b"]).lower()]
    return f"{period} on {period}"


HINT = HAS_DIGIT
