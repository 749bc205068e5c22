"""Years and months written short after a number: "zu 4 J. und 6 Mon. Haft" -> "zu 4 Jahren
und 6 Monaten Haft", "Kinder von 3 bis 6 J." -> "Jahren", "1 J." -> "Jahr", "3 J. alt" ->
"Jahre"; a standing's points too ("mit 42 Pkt." -> "Punkten"). After a number "J." and "Mon."
are no initial or weekday; a preposition that asks for the dative ("zu", "von", "seit",
"nach") before the numbers gives the plural's "-n"."""

from __future__ import annotations

import re

# "MA" after a number is the staff's: "beschäftigt 3.500 MA" -> "Mitarbeiter".
_TERM = re.compile(
    r"(?<![\w,.])(?P<number>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?) "
    r"(?:(?P<unit>J|Mon|Pkt)\.|(?P<staff>MA))(?!\w|(?<=A)\.\w)"
)
_DATIVE_BEFORE = re.compile(
    r"(?i)\b(?:zu|von|seit|vor|nach|mit|in|binnen|aus|bei|ab)\s"
    r"(?:[\d,]+\s(?:J\.|Mon\.)?\s?(?:und|bis|oder|[-–])\s)*$"
)
_SAID = {
    "J": ("Jahr", "Jahre", "Jahren"),
    "Mon": ("Monat", "Monate", "Monaten"),
    "Pkt": ("Punkt", "Punkte", "Punkten"),
    "MA": ("Mitarbeiter", "Mitarbeiter", "Mitarbeitern"),
}
_END = re.compile(r"\s*$")
HINT = re.compile(r"(?:J|Mon|Pkt)\.| MA\b")


def read_terms(text: str) -> str:
    """Say "J.", "Mon.", "Pkt." and "MA" after a number: "zu 3 J. Haft" -> "zu 3 Jahren Haft"."""

    def say(match: re.Match[str]) -> str:
        one, many, dative = _SAID[match["unit"] or "MA"]
        if match["number"] == "1":
            word = one
        else:
            before = match.string[max(0, match.start() - 60) : match.start()]
            word = dative if _DATIVE_BEFORE.search(before) else many
        stop = "." if match["unit"] and _END.fullmatch(match.string, match.end()) else ""
        return f"{match['number']} {word}{stop}"

    return _TERM.sub(say, text)
