"""A fiscal year written "FY" before its year, as government and business news write it.

- "the FY 2026 budget" -> "the fiscal year 2026 budget"; "FY24" -> "fiscal year 24";
  "FY 2025-26" -> "fiscal year 2025-26" (the year, the short year and the span are read by
  the rules for numbers and ranges after)
- "FY" before no year is left to the rules for letters ("the FY total")
"""

from __future__ import annotations

import re

# "FY" and a year of two or four digits, a short one maybe after an apostrophe, a span of
# years maybe after it: "FY2026", "FY 26", "FY'26", "FY 2025-26", "FY2025/26".
_FISCAL_YEAR = re.compile(
    r"(?<![\w.-])FY\s?(?=['’]?(?:\d{2}|(?:19|20)\d{2})(?:[-–/](?:\d{2}|(?:19|20)\d{2}))?(?![\w'’-]))"
)
HINT = re.compile(r"FY")


def read_fiscal_years(text: str) -> str:
    """Say "FY" before a year as the words it stands for: "FY 2026" -> "fiscal year 2026"."""
    return _FISCAL_YEAR.sub("fiscal year ", text)
