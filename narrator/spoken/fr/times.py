"""Times of day in French: "14h30" and "14 h 30" -> "quatorze heures trente"; "10:15" -> "dix
heures quinze"; "21h" -> "vingt et une heures"; "1h" -> "une heure"."""

from __future__ import annotations

import re

from narrator.spoken.fr.numbers import cardinal, feminine

HINT = re.compile(r"\d\s?h|\d:\d")
_TIME = re.compile(
    r"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])(?:\s?h\s?(?P<m>[0-5]?\d)?(?P<min>\s?min\b\.?)?"
    r"|:(?P<cm>[0-5]\d))(?![\w:]|[.,]\d)"
)


def read_times(text: str) -> str:
    """Read times: "14h30" -> "quatorze heures trente", "10:15" -> "dix heures quinze"."""

    def say(match: re.Match[str]) -> str:
        hours, minutes = int(match["h"]), match["m"] or match["cm"]
        said = f"{feminine(cardinal(hours))} {'heure' if hours <= 1 else 'heures'}"
        if match["min"] and minutes:  # "3 h 20 min": a duration, its minutes named
            unit = "minute" if int(minutes) <= 1 else "minutes"
            return f"{said} {feminine(cardinal(int(minutes)))} {unit}"
        if match["m"] and len(match["m"]) == 1:  # "3 h 5": the hours, then the number
            return f"{said} {match['m']}" if match.group(0)[-2] == " " else match.group(0)
        return f"{said} {feminine(cardinal(int(minutes)))}" if minutes and int(minutes) else said

    return _TIME.sub(say, text)
