"""Key combinations, read as a reader names the keys.

- "Ctrl+V" -> "control V", "Alt+F4" -> "alt F4" (the numbers rules then say "F four"),
  "Cmd-C" -> "command C", "Ctrl+Alt+Delete" -> "control alt delete", "Cmd+Shift+3" ->
  "command shift 3", "ctrl+c" -> "control C": the "+" or "-" between keys is not said,
  "Ctrl", "Cmd", "Opt", "Esc" and "Del" are said in full, a letter key is written as a
  capital; the keys' names are written in lower case, since after a capitalised word the
  roman numerals rule would read the "V" of "Control V" as a king's "five"
- a combination starts with a modifier key ("Ctrl", "Cmd", "Alt", "Shift", "Option", "Fn",
  "Win"), then a "+" or "-" and a key: a letter, a digit, a function key or a key's name;
  "Shift-work" and "alt-J" are no combinations
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import starts_sentence
from narrator.spoken.rules import any_of

_MODIFIER = r"(?:Ctrl|ctrl|Control|Cmd|cmd|Command|Alt|Shift|Option|Opt|Fn|Win|Super|Meta)"
_KEY = (
    r"(?:F\d{1,2}|Delete|Del|Tab|Esc|Escape|Enter|Return|Space|Backspace|Home|End|Insert"
    r"|PgUp|PgDn|Up|Down|Left|Right|[A-Za-z0-9])"
)
_COMBINATION = re.compile(rf"(?<![\w+-]){_MODIFIER}(?:[+-]{_MODIFIER})*[+-]{_KEY}(?![\w+-])")
_SEPARATOR = re.compile(r"[+-]")
_SAID = {
    "Ctrl": "Control", "Cmd": "Command", "Opt": "Option", "Esc": "Escape", "Del": "Delete",
    "Win": "Windows", "PgUp": "Page Up", "PgDn": "Page Down",
}  # fmt: skip


def read_key_combinations(text: str) -> str:
    """Name the keys of a combination: "Ctrl+V" -> "Control V", "Cmd-C" -> "Command C"."""
    return _COMBINATION.sub(_say_combination, text)


def _say_combination(match: re.Match[str]) -> str:
    said = " ".join(_say_key(key) for key in _SEPARATOR.split(match.group(0)))
    if starts_sentence(match.string, match.start()):
        return said[0].upper() + said[1:]
    return said


def _say_key(key: str) -> str:
    if len(key) == 1:
        return key.upper()
    key = key[0].upper() + key[1:]
    return _SAID.get(key, key).lower() if not key[1:].isdigit() else key


_MODIFIERS = (
    "Ctrl", "ctrl", "Cmd", "cmd", "Alt", "Shift", "Option", "Opt", "Fn", "Win", "Control",
    "Command", "Super", "Meta",
)  # fmt: skip
# Led by the mark, the key before it looked behind for: words with different first letters
# are tried at every character.
HINT = any_of(
    *(f"\\{mark}(?:" + "|".join(f"(?<={key}\\{mark})" for key in _MODIFIERS) + ")" for mark in "+-")
)
