"""A song's or a show's guest after its name or title, as charts, credits and listings write it.

- "Drake ft. Rihanna topped the list" -> "Drake featuring Rihanna"; "'One Dance' feat. Kyla",
  "the remix (ft. Nicki Minaj)", "Feat. Sia" opening a credit -> "featuring"
- a number's unit is left to the measures ("a 6 ft. wall"), and "ft." after a word of place is
  a fort in careless writing ("in ft. Worth" -> "in Fort Worth", the titles' rule reads it)
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of

# The guest's name ahead, or its quoted title: a capital letter or an opening quote.
_GUEST_AHEAD = r"(?= [A-Z\"“'‘]| ?\()"
# Before it a name, a title, a closing quote or bracket, a comma ("The song, ft. Cardi B,"),
# or an opening bracket ("(ft. Sia)"); not a number (feet).
_FEATURING = re.compile(
    rf"(?:(?<=[A-Za-z\"”'’),] )|(?<=\()|^)(?P<word>ft|feat|Feat(?=\.))(?:\.|\b){_GUEST_AHEAD}"
)
# A word of place before it: "ft." is a fort in careless writing ("in ft. Worth"); a number
# in words, feet ("six ft. High").
_NOT_A_NAME_BEFORE = re.compile(
    r"\b(?:in|at|to|of|near|from|outside|around|the|and|[Ii]nto|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|"
    r"hundred|thousand|half)$"
)
HINT = any_of(r"\bft\b", r"\b[Ff]eat\b")


def read_featuring(text: str) -> str:
    """ "Drake ft. Rihanna" -> "Drake featuring Rihanna"; "in ft. Worth" is left."""
    return _FEATURING.sub(_say_featuring, text)


def _say_featuring(match: re.Match[str]) -> str:
    start = match.start()
    if _NOT_A_NAME_BEFORE.search(match.string, max(0, start - 12), start - 1):
        return match.group(0)
    return "featuring"
