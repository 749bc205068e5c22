"""Seasons and school years written as a fraction: "2024/25" is a year and the last digits of
the next ("2024/2025" the next whole), said as two numbers ("zwei tausend vier und zwanzig
fünf und zwanzig", "duemila ventiquattro venticinque"), not "twenty-fifths"."""

from __future__ import annotations


def is_season(first: str, second: str) -> bool:
    """Whether ``first``/``second`` ("2024", "25") is a year and the next one's last two
    digits, or the next year whole ("2024/2025"): a season or a school year."""
    if not (first.isdigit() and second.isdigit() and len(second) in (2, 4)):
        return False
    year = int(first)
    if not 1900 <= year <= 2099:
        return False
    return int(second) == (year + 1 if len(second) == 4 else (year + 1) % 100)
