"""Swiss amounts of money, written as a language's own amounts before its money rule reads them.

Switzerland writes an apostrophe between thousands, a point before the cents and a dash for
none, beside the franc's sign: "CHF 1'200", "Fr. 3.50", "Fr. 12.–", "12.50 Fr.". German writes
them "1.200", "3,50", "12"; French and Italian "1 200", "3,50".
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SIGN = r"(?:CHF|SFr\.|Fr\.)"
_NUMBER = (
    r"(?P<{0}whole>\d{{1,3}}(?:['’]\d{{3}})+|\d+)(?:\.(?P<{0}cents>\d\d|[–—-]{{1,2}}))?(?![\d'’])"
)
_SWISS = re.compile(
    rf"(?P<before>(?<![\w.]){_SIGN}\s?){_NUMBER.format('')}"
    rf"|(?<![\w.,'’]){_NUMBER.format('after_')}(?=\s?{_SIGN})"
)
HINT = re.compile(r"CHF|Fr\.")


def swiss_amount_reader(thousands: str) -> Callable[[str], str]:
    """A rule writing Swiss amounts as the language writes them: ``thousands`` between groups
    of three digits, a comma before the cents."""

    def written(match: re.Match[str]) -> str:
        whole = match["whole"] or match["after_whole"]
        cents = match["cents"] or match["after_cents"] or ""
        own = re.sub(r"['’]", thousands, whole) + ("," + cents if cents.isdigit() else "")
        return (match["before"] or "") + own

    def read_swiss_amounts(text: str) -> str:
        """Write the Swiss amounts of ``text`` as the language's own."""
        return _SWISS.sub(written, text) if HINT.search(text) else text

    return read_swiss_amounts
