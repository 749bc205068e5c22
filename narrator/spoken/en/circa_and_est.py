"""Circa, established and estimated: "ca." and "est." that a number beside them decides.

- "ca. 1500", "c. 1500", "c.1500", "ca 1200" -> "circa"; "c. AD 30-33" -> "circa AD ..."; not
  "c. 12" (a chapter cited), "C. 12" (a letter), "CA 90210" (a state's ZIP code), "Inc.", "&c."
- "est. 1850" -> "established"; "est. $5m", "the est. cost", "vs $1.25 est. on revenue" ->
  "estimated"; "(2003 est.)" -> "estimate"
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import NUMBER_AHEAD, stop_after

# "ca. 1500", "c.1500": circa, before a number only ("ca." may be a state); "c." only before
# a year or a number in words, since "c. 12" may cite a chapter, and "C. 12" is a letter;
# undotted, "ca 1200" before a year only (not "CA 90210", a state's ZIP code).
_CIRCA = re.compile(r"(?P<abbr>ca|Ca|CA|c)\.\s?(?=\S)|\b(?P<bare>ca|Ca) (?=\d{3,4}\b(?![.,]\d))")
_YEARISH_AHEAD = re.compile(r"\d{3,4}(?:s|'s)?\b")
# "est. 1850" established, "est. $5m" estimated, "(2003 est.)" an estimate.
_EST = re.compile(r"(?:est|Est)\.")
_YEAR_AHEAD = re.compile(r"\s?(?:in\s)?(?:1[0-9]{3}|20[0-9]{2})\b")
_NUMBER_BEFORE = re.compile(r"\d\s?$")
# An amount the money rules have read already ("one dollar twenty-five cents"), not a year.
_AMOUNT_BEFORE = re.compile(
    r"\b(?:dollars?|cents?|pounds?|pence|euros?|yen|million|billion|trillion|percent)\s?$"
)
# Between a determiner and a noun, an adjective: "the est. cost", "an est. 300 jobs".
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|an?|its|their|his|her|our|this|that)\s$")
_NOUN_AHEAD = re.compile(r"\s[a-z]{3,}\b")
_CLAUSE_ENDS = re.compile(r"\s*(?:[).,;]|$)")
# After an amount, "est." where the sentence goes on is the amount's: "vs $1.25 est. on revenue".
_LOWER_WORD_AHEAD = re.compile(r"\s[a-z]")


def _after_word_mark(match: re.Match[str]) -> bool:
    """Whether ``match`` starts inside a word or right after a period or "&" ("Inc.", "&c.")."""
    before = match.string[match.start() - 1 : match.start()]
    return before != "" and (before.isalnum() or before in "._&")


def _say_circa(match: re.Match[str]) -> str:
    text, end = match.string, match.end()
    if match["bare"]:
        return "circa "
    if _after_word_mark(match):
        return match.group(0)
    if match["abbr"] == "c" and text[end : end + 1].isdigit():
        ahead = _YEARISH_AHEAD.match(text, end)
    elif text.startswith(("AD ", "A.D. "), end):
        ahead = NUMBER_AHEAD.match(text, text.index(" ", end))  # "c. AD 30-33"
    else:
        ahead = NUMBER_AHEAD.match(text, end - (match.group(0)[-1] == " "))
    return "circa " if ahead else match.group(0)


def _say_est(match: re.Match[str]) -> str:
    text, end = match.string, match.end()
    if _after_word_mark(match):
        return match.group(0)
    if _YEAR_AHEAD.match(text, end):
        return "established"
    if _DETERMINER_BEFORE.search(text, max(0, match.start() - 6), match.start()) and (
        _NOUN_AHEAD.match(text, end)
    ):
        return "estimated"
    if NUMBER_AHEAD.match(text, end) or text[end : end + 2].strip()[:1] in ("$", "€", "£"):
        return "estimated"
    amount = _AMOUNT_BEFORE.search(text, max(0, match.start() - 12), match.start())
    if amount or _NUMBER_BEFORE.search(text, max(0, match.start() - 3), match.start()):
        if _CLAUSE_ENDS.match(text, end):
            return "estimate" + stop_after(match)
        if amount and _LOWER_WORD_AHEAD.match(text, end):
            return "estimated"
    return match.group(0)


def read_circa_and_est(text: str) -> str:
    """ "ca. 1500" -> "circa 1500", "est. 1850" -> "established 1850", "(2003 est.)" ->
    "(2003 estimate)"."""
    if "c." in text or "ca" in text or "Ca" in text or "CA." in text:
        text = _CIRCA.sub(_say_circa, text)
    if "est." in text or "Est." in text:
        text = _EST.sub(_say_est, text)
    return text
