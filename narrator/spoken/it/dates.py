"""Italian dates, day first: "23/06/2024" -> "ventitre giugno duemila ventiquattro", "1
maggio" -> "primo maggio", "3 giugno 2024" -> "tre giugno duemila ventiquattro"."""

from __future__ import annotations

import re

from narrator.spoken.common.day_month import day_word_reader
from narrator.spoken.common.romance_dates import HINT, DateWords, date_reader
from narrator.spoken.it.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_dates"]

_DATE_WORDS = DateWords("primo", "", "al", (("dal", "al"),))
_read_written_dates = date_reader(NUMERALS, read_table("it", "months"), _DATE_WORDS)
_mark_days = day_word_reader("giorno")
# "il 3/5", "dal 3/5", "l'8/5": after the article a day and month, unless "di" follows, as
# after a fraction ("il 2/3 dei seggi"), or a percent sign.
_ARTICLE_DAY = re.compile(
    r"(?P<before>(?<!\w)(?i:il|dal|al|del|nel|sul|(?:l|dall|all|dell|nell|sull)['’]\s?)\s*)"
    r"(?P<day>[1-9]|[12]\d|3[01])/(?P<month>[1-9]|1[0-2])"
    r"(?![\d/.,]\d|[\d/]|\s?%)(?!\s+(?:d[ie]|dei|degli|dell[ae']|della)\b)"
)
# "set." ending a sentence after a number is a match's sets, no September, unless an article
# or a preposition of dates stands before the day ("in 2 set." -> "in due set."; "il 2 set.").
_SETS = re.compile(
    r"(?<!\w)(?P<before>(?!(?i:il|dal|al|del|nel|sul|entro|fino|dall|all|dell|nell|l)\b)"
    r"[\w'’]+ )(?P<n>\d{1,2}) set\.(?=\s*(?:$|[A-ZÀ-Ú]))"
)
_MONTH_NAMES = sorted({row[1] for row in read_table("it", "months")})
# "l'1 giugno" is written for "l'uno" but said "il primo giugno": the article before the first
# of a month, alone or listed ("dall'1 al 3 marzo"), takes its full form.
_ELIDED_FIRST = re.compile(
    r"(?<![\w'’])(?P<article>[Ll]|[Dd]all|[Aa]ll|[Dd]ell|[Nn]ell|[Ss]ull)['’]\s?(?=1[°º]?"
    r"(?:(?:\s*,\s*|\s+(?:e|ed|al)\s+|\s?[-–]\s?)(?:il\s+|l['’]\s?)?(?:[2-9]|[12]\d|3[01]))*\s(?:"
    + "|".join(_MONTH_NAMES)
    + r")\b)"
)
# "mar." before a day and its month is Tuesday, not March: "alle 21 di mar. 5 marzo".
_TUESDAY = re.compile(r"(?<![\w.])([Mm])ar\.(?= \d{1,2} (?:" + "|".join(_MONTH_NAMES) + r")\b)")


def read_dates(text: str) -> str:
    """Read dates, a day and month after the word for "day" ("il giorno 7/9") or after the
    article too ("dal 3/5" -> "dal tre maggio"), and a Tuesday written short before its date
    ("mar. 5 marzo" -> "martedì cinque marzo")."""
    if "/" in text:
        text = _ARTICLE_DAY.sub(lambda m: f"{m['before']}{m['day']}/0{m['month']}", text)
    if "set." in text:
        text = _SETS.sub(r"\g<before>\g<n> set .", text)
    if "'1" in text or "’1" in text:
        text = _ELIDED_FIRST.sub(_full_article, text)
    if "ar." in text:
        text = _TUESDAY.sub(r"\1artedì", text)
    return _read_written_dates(_mark_days(text))


def _full_article(match: re.Match[str]) -> str:
    """The article of "l'1 giugno" in full before "primo": "l'" -> "il ", "dall'" -> "dal "."""
    article = match["article"]
    if article in ("l", "L"):
        return "Il " if article == "L" else "il "
    return f"{article[:-1]} "
