"""Seasons and school years written as a fraction: "2024/25" is a year and the last digits of
the next, said as two numbers ("zwei tausend vier und zwanzig fünf und zwanzig", "duemila
ventiquattro venticinque"), not "twenty-fifths"."""

from __future__ import annotations


def is_season(first: str, second: str) -> bool:
    """Whether ``first``/``second`` ("2024", "25") is a year and the next one's last two
    digits: a season or a school year."""
    if not (first.isdigit() and second.isdigit() and len(second) == 2):
        return False
    year = int(first)
    return 1900 <= year <= 2099 and int(second) == (year + 1) % 100
