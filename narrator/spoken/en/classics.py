"""Greek and Latin authors and their works written short in a citation, as notes and
commentaries cite them, said in full: "Soph. Antig. 450" -> "Sophocles, Antigone 450",
"Xen. Anab. iv. 7" -> "Xenophon, Anabasis iv. 7", "Cic. de Off. i. 7" -> "Cicero, De Officiis
i. 7", "Plato, Rep. vii. 514" -> "Plato, Republic vii. 514"; a book "v." after them is five
("Arist. Eth. Nic. v. 3"), where elsewhere it is "versus", and so is a book in capitals with its
point before a figure ("Hor. Od. I. 4" -> "Horace, Odes one 4").

Only before the citation's book or line (a numeral or a figure), where nothing else is meant:
"Sol." alone, "Rep." before a name or "Pol." in a sentence are left to the other rules; a work
alone only after its author's name in full and a comma. The works Virgil's, Homer's and the
historians' citations read already ("Aen.", "Il.", "Liv.") are theirs
(`narrator.spoken.en.citations`).
"""

from __future__ import annotations

import re

from narrator.spoken.common.roman import roman_value
from narrator.spoken.en.numbers import cardinal
from narrator.spoken.tables import read_mapping

_AUTHORS = read_mapping("en", "classical_authors")
_WORKS = read_mapping("en", "classical_works")


def _alternation(forms: dict[str, str]) -> str:
    return "|".join(re.escape(form) for form in sorted(forms, key=lambda f: (-len(f), f)))


# The book, chapter or line after the title: a numeral in either case or a figure.
_CITATION_AHEAD = r"(?= (?:[ivxlc]+\b|[IVXLC]+\b|\d))"
_CITED = re.compile(
    rf"(?<![\w.])(?:(?P<author>{_alternation(_AUTHORS)})\. (?P<work>{_alternation(_WORKS)})\."
    rf"|(?P<alone>{_alternation(_AUTHORS)})\."
    rf"|(?:(?<=[a-z], )|(?<=[a-z] \())(?P<work_only>{_alternation(_WORKS)})\.){_CITATION_AHEAD}"
    r"(?P<five> v\.(?= \d))?"
    r"(?: (?P<book>[IVXL]+)\.(?= \d))?"
)
HINT = re.compile(rf"(?:{_alternation(_AUTHORS)}|{_alternation(_WORKS)})\. ")


def _say_cited(match: re.Match[str]) -> str:
    # A book "v." before its chapter is five, not "versus": "Eth. Nic. v. 3".
    five = " five" if match["five"] else ""
    # A book in capitals with its point after the work: "Hor. Od. I. 4" -> "Odes one 4".
    if match["book"]:
        book = roman_value(match["book"])
        five += f" {cardinal(book)}" if book else f" {match['book']}."
    if match["alone"]:
        return _AUTHORS[match["alone"]] + five
    if match["work_only"]:
        if not match.string[: match.start()].rstrip(",( ").split()[-1][0].isupper():
            return match.group(0)  # the word before names no author
        return _WORKS[match["work_only"]] + five
    return f"{_AUTHORS[match['author']]}, {_WORKS[match['work']]}{five}"


def read_classical_citations(text: str) -> str:
    """ "Soph. Antig. 450" -> "Sophocles, Antigone 450"; "Plato, Rep. vii." -> "Plato,
    Republic vii."."""
    return _CITED.sub(_say_cited, text)
