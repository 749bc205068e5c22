"""Phone numbers and IP addresses, read digit by digit in their groups.

- "555-123-4567" -> "five five five, one two three, four five six seven"; likewise
  "(555) 123-4567" and "(555)-123-4567"
- "+44 207-946-0958" -> "plus four four, two zero seven, nine four six, zero nine five eight"
- "1-800-273-8255" -> "one, eight hundred, two seven three eight two five five"
- "192.168.0.1" -> "one nine two dot one six eight dot zero dot one"
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import digits
from narrator.spoken.rules import any_of

_PHONE = re.compile(
    r"(?<![\w.+-])(?:\+(?P<country>\d{1,3})[\s-]?)?"
    r"(?P<groups>\(\d{3}\)[-\s]?\d{3}[-.\s]\d{4}|\d{3}([-.])\d{2,3}\3\d{4})"
    r"(?P<ext>-\d{1,5})?(?![\w-])"
)
_TOLL_FREE = re.compile(r"\b1-8(?P<code>00|88|77|66|55|44|33)-(?P<rest>[A-Z0-9]+(?:-[A-Z0-9]+)+)\b")
_IP_ADDRESS = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])")


def _say_phone(match: re.Match[str]) -> str:
    groups = re.findall(r"\d+", match["groups"] + (match["ext"] or ""))
    spoken_groups = [digits(group) for group in groups]
    if match["country"]:
        spoken_groups.insert(0, "plus " + digits(match["country"]))
    return ", ".join(spoken_groups)


def _say_toll_free(match: re.Match[str]) -> str:
    code = "eight hundred" if match["code"] == "00" else digits("8" + match["code"])
    rest = [digits(g) if g.isdigit() else g for g in match["rest"].split("-")]
    return f"one, {code}, " + " ".join(rest)


def read_phone_numbers(text: str) -> str:
    """Read phone numbers and IP addresses digit by digit, in their groups.

    People say "five five five, one two three four", not "five hundred fifty-five";
    the commas give the pauses between groups.
    """
    text = _TOLL_FREE.sub(_say_toll_free, text)
    text = _PHONE.sub(_say_phone, text)
    return _IP_ADDRESS.sub(lambda m: " dot ".join(digits(g) for g in m.group(0).split(".")), text)


# The mark first: the regex engine finds a literal quickly.
HINT = any_of(r"-(?<=\d\d\d-)", r"\)(?<=\d\d\d\))", r"\.(?:(?<=\d\d\d\.)|(?<=\d\.)\d{1,3}\.\d)")
