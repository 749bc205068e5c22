"""Times of day in French: "14h30" and "14 h 30" -> "quatorze heures trente"; "10:15" -> "dix
heures quinze"; "21h" -> "vingt et une heures"; "1h" -> "une heure"; a round of days or hours:
"7j/7" -> "sept jours sur sept", "24h/24" -> "vingt-quatre heures sur vingt-quatre"; more hours
than a day's, a duration: "en 48 h" -> "en quarante-huit heures"."""

from __future__ import annotations

import re

from narrator.spoken.fr.numbers import cardinal, feminine

HINT = re.compile(r"\d\s?[hj]|\d:\d")
_ROUND = re.compile(r"(?<![\w.,])(?P<n>\d{1,2})\s?(?P<unit>[jh])\s?/\s?(?P<of>\d{1,2})(?!\w)")
_ROUND_UNITS = {"j": "jours", "h": "heures"}
_TIME = re.compile(
    r"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])(?:\s?h\s?(?P<m>[0-5]?\d)?(?P<min>\s?min\b\.?)?"
    r"|:(?P<cm>[0-5]\d))(?![\w:]|[.,]\d)"
)

# More hours than a day has, with no minutes, are a duration: "en 48 h" -> "quarante-huit
# heures", "72 h" -> "soixante-douze heures".
_HOURS = re.compile(r"(?<![\w.,:])(?P<h>\d+)\s?h(?![\w:]|[.,]\d)")


def _hours(match: re.Match[str]) -> str:
    hours = int(match["h"])
    return f"{feminine(cardinal(hours))} heures" if hours > 24 else match.group(0)


def _round(match: re.Match[str]) -> str:
    """ "7j/7" -> "sept jours sur sept": hours are feminine ("une heure"), days not."""
    gender = feminine if match["unit"] == "h" else str
    n, of = (gender(cardinal(int(match[g]))) for g in ("n", "of"))
    return f"{n} {_ROUND_UNITS[match['unit']]} sur {of}"


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

    text = _ROUND.sub(_round, text)
    return _HOURS.sub(_hours, _TIME.sub(say, text))
