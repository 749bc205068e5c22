"""Dates in the Romance languages, day first: "23/06/2024", "3 de junio de 2024", "1 enero".

- "15/03/2024", "15-03-2024", "28.02.2023" -> day, month, year; "03/15/2024" (a month past
  twelve in first place) is read month first; "2024-03-15" and "2024.03.15" year first
- "30/06", "15/10" (a month with its zero, or a day past twelve) -> day and month; "1/10"
  stays a fraction
- "1 enero" -> "primero de enero"; "junio 11 2000" -> "once de junio de dos mil"
- a month written short without its full stop, in a dateline: in capitals ("ROMA, 05 DIC -"),
  or before a year, a dash or a bracket ("Madrid, 5 dic (EFE)", "5 dic 2024"); "vinto in 3
  set" stays
- a year whose century an apostrophe stands for is said as its two digits: "negli anni '80"
  -> "negli anni 80", "el '92" -> "el 92" (`drop_elided_centuries`)

A language's months table has the columns: number, name, then written abbreviations.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from narrator.spoken.common.romance_numbers import Numerals
from narrator.spoken.rules import any_of
from narrator.spoken.tables import Row

HINT = re.compile(r"\d")
ELIDED_HINT = any_of(r"'(?=\d\d)")
_ELIDED_CENTURY = re.compile(r"(?<![\w'])'(?=(?:\d\d|[1-9]00)(?![\d']|[.,]\d))")


def drop_elided_centuries(text: str) -> str:
    """Drop the apostrophe that stands for a year's century or thousand: "anni '80" -> "anni
    80", "nel '900" -> "nel 900" (the Novecento)."""
    return _ELIDED_CENTURY.sub("", text)


@dataclass(frozen=True, slots=True)
class DateWords:
    """How a language puts a date together."""

    first: str
    """The first day of a month: "primero"."""
    of: str
    """Between day, month and year: "de" ("tres de junio de dos mil"), "" in Italian."""
    span: str = ""
    """The word ending a span of days after which its first day is still the ordinal: Italian
    "al" ("dal primo al tre giugno"); Spanish says "del uno al quince de agosto"."""
    spans: tuple[tuple[str, str], ...] = ()
    """The words opening and closing a span of days ("dal", "al"): after the first, two days
    joined by a dash before their month are said with the second between them ("dal 10-12
    marzo" -> "dal 10 al 12 marzo")."""


# A day and a month without a year: "30/06", "15/10", "06/10", not "1/10" (a fraction) — a
# month or a day written with its zero, or a day past twelve, says it ("12/011" is the mark
# common/day_month writes on a date it knows by the word before).
_DAY_MONTH = re.compile(
    r"(?<![\w.,/:-])(?P<day>\d{1,2})/(?P<month>0[1-9]|0?1[0-2])(?![\w/:-]|[.,]\d)"
)


# A street named after a date: the number after its comma is the house's ("Rua 7 de Setembro,
# 100", "Av. 18 de Julio 1453"), one of the streets' words or their short forms just before it.
_STREET_BEFORE = re.compile(
    r"(?i)(?:\b(?:calle|avenida|paseo|plaza|rua|praça|travessa|largo|alameda|estrada|rodovia"
    r"|via|viale|corso|piazza|rue|avenue|boulevard|place)|\b(?:avda|av|pza|r|pça|tv|al|bd)\.|\bc/)"
    r" (?:del? |d[oau] )?$"
)
# After a comma or nothing, a year has its four digits ("el 2 de mayo, 14 personas").
_BARE_YEAR = re.compile(r"\d{4}")


# What follows a dateline's date: a dash before the news, or the agency's bracket.
_DATELINE_END = re.compile(r"\s*[-–—(]")
_CAPITAL_NEXT = re.compile(r"\s+[A-ZÀ-ÖØ-Þ]")


def _is_no_year(match: re.Match[str]) -> bool:
    """Whether the number after a day and month, with no "de" before it, is no year: after a
    street's word ("Rua 7 de Setembro, 1500"), or of three digits or fewer."""
    before = match.string[max(0, match.start() - 12) : match.start()]
    return _STREET_BEFORE.search(before) is not None or not _BARE_YEAR.fullmatch(match["year"])


def date_reader(
    numerals: Numerals, months: tuple[Row, ...], words: DateWords
) -> Callable[[str], str]:
    """A rule reading dates with a language's month names and words."""
    names = {int(row[0]): row[1] for row in months}
    by_name = {w.lower(): int(row[0]) for row in months for w in row[1:] if w}
    month = "|".join(re.escape(w) for w in sorted(by_name, key=len, reverse=True))
    of = rf"(?: {words.of})?" if words.of else ""
    numeric = re.compile(
        r"(?<![\w.,/:-])(?:(?P<y1>\d{4})(?P<s1>[-/.])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})"
        r"|(?P<d2>\d{1,2})(?P<s2>[-/.])(?P<m2>\d{1,2})(?P=s2)(?P<y2>\d{4}|\d{2}))"
        r"(?![\w/:-]|[.,]\d)"
    )
    named = re.compile(
        rf"(?<![\w.,])(?P<day>\d{{1,2}}){of} (?P<month>(?i:{month}))(?!\w)"
        rf"(?:(?P<sep>{of},? )(?P<year>\d{{1,4}})(?![\w.,]\d))?"
    )
    stems = "|".join(re.escape(w[:-1]) for w in sorted(by_name, key=len) if w.endswith("."))
    undotted = re.compile(
        rf"(?<![\w.,])(?P<day>\d{{1,2}}){of} (?P<month>(?i:{stems}))(?!\w|\.)(?:(?P<sep>{of},? )"
        rf"(?P<year>\d{{4}})(?![\w.,]\d))?"
    )
    # The first of a month listed with other days, or first of a span of them: "1 e 2
    # giugno" -> "primo e due giugno", "1 y 2 de junio" -> "primero y dos de junio".
    joiner = rf"e|ed|y|{words.span}" if words.span else "e|ed|y"
    listed_first = re.compile(
        rf"(?<![\w.,/:-])1(?=(?:(?:\s*,\s*|\s+(?:{joiner})\s+)(?:(?:il|el|o)\s+|l['’]\s?)?"
        rf"(?:[2-9]|[12]\d|3[01]))+{of} (?i:{month})(?!\w))"
    )
    # Two days joined by a dash before their month are both days: "il 3-4 giugno" -> "il tre
    # e quattro giugno"; after "dal" or "del" it is a span, left to the ranges.
    day_pair = re.compile(
        r"(?<![\w.,/:-])(?<!(?i:dal|del) )(?<!(?i:da|do) )(?<!(?i:desde) )"
        rf"(?P<a>[1-9]|[12]\d|3[01])\s?[-–]\s?(?P<b>[2-9]|[12]\d|3[01])(?={of} (?i:{month})(?!\w))"
    )
    span_end = {opening: closing for opening, closing in words.spans}
    span_pair = re.compile(
        rf"(?<!\w)(?P<from>(?i:{'|'.join(span_end) or '(?!)'}))\s"
        rf"(?P<a>[1-9]|[12]\d|3[01])\s?[-–]\s?(?P<b>[2-9]|[12]\d|3[01])(?={of} (?i:{month})(?!\w))"
    )
    after_day = rf"(?<!\d )(?<!\d {words.of} )" if words.of else r"(?<!\d )"
    # Not before a month after the day: "el mar. 12 de marzo" is a Tuesday's ("martes").
    month_first = re.compile(
        rf"{after_day}\b(?P<month>(?i:{month})) (?P<day>\d{{1,2}})(?!\d|{of} (?i:{month})(?!\w))"
        rf"(?:(?P<sep>,? )(?P<year>\d{{4}}))?(?![\w.,]\d)"
    )

    def say(day: int, month: int, year: str | None) -> str:
        day_said = words.first if day == 1 else numerals.cardinal(day, "")
        joiner = f" {words.of} " if words.of else " "
        said = f"{day_said}{joiner}{names[month]}"
        return f"{said}{joiner}{numerals.cardinal(int(year), '')}" if year else said

    def say_numeric(match: re.Match[str]) -> str:
        groups = match.groupdict()
        year = groups["y1"] or groups["y2"]
        day, month = int(groups["d1"] or groups["d2"]), int(groups["m1"] or groups["m2"])
        if month > 12 and day <= 12:
            day, month = month, day
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return match.group(0)
        if groups["s2"] == "." and len(groups["y2"]) == 2:
            return match.group(0)  # "1.12.24" is more likely a version than a date
        return say(day, month, year)

    def say_day_month(match: re.Match[str]) -> str:
        day, month = int(match.group("day")), int(match.group("month"))
        zero = match.group("month")[0] == "0" or match.group("day")[0] == "0"
        if not 1 <= day <= 31 or (not zero and day <= 12):
            return match.group(0)  # "1/10", "3/12": fractions; "06/10" a date
        return say(day, month, None)

    def say_named(match: re.Match[str]) -> str:
        day = int(match.group("day"))
        if not 1 <= day <= 31:
            return match.group(0)
        month = by_name.get(match["month"].lower()) or by_name[match["month"].lower() + "."]
        if match["year"] and not (of and words.of in match["sep"]) and _is_no_year(match):
            return say(day, month, None) + match.string[match.end("month") : match.end()]
        # A month's abbreviating point before a capital also ends the sentence: "el 3 de
        # feb. Luego" -> "febrero. Luego".
        dotted = match["month"].endswith(".") and not match["year"]
        stop = "." if dotted and _CAPITAL_NEXT.match(match.string, match.end()) else ""
        return say(day, month, match["year"]) + stop

    def say_undotted(match: re.Match[str]) -> str:
        in_dateline = match["month"].isupper() or _DATELINE_END.match(match.string, match.end())
        if not (match["year"] or in_dateline):
            return match.group(0)
        return say_named(match)

    def say_span_pair(match: re.Match[str]) -> str:
        if int(match["a"]) >= int(match["b"]):
            return match.group(0)
        closing = span_end[match["from"].lower()]
        return f"{match['from']} {match['a']} {closing} {match['b']}"

    def say_day_pair(match: re.Match[str]) -> str:
        if int(match["a"]) >= int(match["b"]):
            return match.group(0)
        return f"{match['a']} {numerals.and_word} {match['b']}"

    def read_dates(text: str) -> str:
        """Read dates: "15/03/2024" -> "quince de marzo de dos mil veinticuatro"."""
        text = _DAY_MONTH.sub(say_day_month, numeric.sub(say_numeric, text))
        text = day_pair.sub(say_day_pair, span_pair.sub(say_span_pair, text))
        text = listed_first.sub(words.first, text)
        text = month_first.sub(say_named, text)  # first: a street's number follows its month
        return undotted.sub(say_undotted, named.sub(say_named, text))

    return read_dates
