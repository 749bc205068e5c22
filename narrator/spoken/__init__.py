"""Written text to spoken words, so that every speech engine says the same thing.

`spoken` runs a language's rules in order, each a pure ``str -> str`` rewrite of one
semiotic class (money, dates, units, abbreviations...) into the words a newsreader would say.
Engines differ in how they read "$3.5bn", "Gov." or "km/h"; plain words leave them nothing to
decide. The rules and their order live in the language's package (`narrator.spoken.en`), the
`Rule` and `Language` types and the registry of languages in `narrator.spoken.rules`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
import types
from collections.abc import Callable
from typing import TYPE_CHECKING

from narrator.spoken.pattern_sources import leads_past_ascii
from narrator.spoken.rules import (
    AnyOf,
    Language,
    Normalizer,
    Rule,
    UnknownLanguageError,
    WordStart,
    language_for,
    leading_character,
    leading_class,
    reads_line_edges,
)

if TYPE_CHECKING:
    from narrator.spoken.lexicon import Lexicon
    from narrator.spoken.readings import Reading

__all__ = ["Language", "Rule", "UnknownLanguageError", "explain", "language_for", "spoken"]

# What the lexicon says is hidden from the rules behind private-use characters.
_PROTECTED_BASE = 0xF0000


_DIGIT = re.compile("[\\d\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u2089\u2150-\u215f\u2189]")
"""A digit, or a character that rules write with digits (vulgar fractions, super- and
subscripts): the lines holding one are the only ones that can hold a digit later."""
_DECIMAL = re.compile(r"\d")
"""A decimal digit: many rules' hint, found among the lines with a `_DIGIT`."""


@functools.cache
def _digit_led(pattern: re.Pattern[str]) -> bool:
    """Whether all ``pattern`` finds starts with a `_DIGIT` (``[\\d½]``): searched where one is."""
    items = leading_class(pattern)
    return items is not None and all(item == "\\d" or _DIGIT.match(item) for item in items)


_ONE_CLASS = re.compile(r"\[(?:[^\\\]]|\\.)*\]")  # a source that is one class, no more


@functools.cache
def _decimal_class(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` is a class of digits, ``\\d`` among them (``[\\d½¼¾]``)."""
    if not _ONE_CLASS.fullmatch(pattern.pattern) or not _digit_led(pattern):
        return False
    return "\\d" in (leading_class(pattern) or ())


class _Joined:
    """Some lines joined, so that a hint scans them at once (a search a line costs more)."""

    def __init__(self, lines: list[str], among: list[int]) -> None:
        chosen = [lines[index] for index in among]
        self.among = among
        self.text = "\n".join(chosen)
        # Offsets summed in C: a generator over every line costs as much as a short scan.
        self.starts = list(itertools.accumulate(map((1).__add__, map(len, chosen)), initial=0))
        self.ascii = self.text.isascii()
        self.holding: dict[str, bool] = {}

    def holds(self, character: str) -> bool:
        """Whether ``character`` is in the text: found once, for every hint led by it."""
        held = self.holding.get(character)
        if held is None:
            held = (not self.ascii or character.isascii()) and character in self.text
            self.holding[character] = held
        return held

    def matching(self, hint: re.Pattern[str], shift: int = 0) -> list[int]:
        """The indexes of the lines where ``hint`` finds something, in order; with ``shift``
        1, what it finds starts with the newline before the line."""
        lead = leading_character(hint)
        if lead is not None and not self.holds(lead):
            return []
        text, starts, among = self.text, self.starts, self.among
        found: list[int] = []
        position = 0
        while match := hint.search(text, position):
            nth = bisect.bisect_right(starts, match.start() + shift) - 1
            found.append(among[nth])
            position = starts[nth + 1] - shift
        return found

    def starting_words(self, hint: WordStart) -> list[int]:
        """The indexes of the lines where one of ``hint``'s words starts a word, in order."""
        found: set[int] = set()
        for pattern, shift in hint.scans:
            found.update(self.matching(pattern, shift))
        if self.among and hint.pattern.match(self.text):  # the first line's first word
            found.add(self.among[0])
        return sorted(found)


_STALE_SHARE = 32
"""Joined lines are joined again once more than one in this many was rewritten since: a
search per line costs some thirty times what a search of the joined lines does."""


class _Lines:
    """The lines being read, and which of them hold a digit: found once, then checked again
    only on the lines a rule rewrote (no rule writes a digit, some read them away)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.every = list(range(len(lines)))
        # A search per line: the pattern is a class of characters, which the regex engine
        # tries at every position either way, and a third of the lines hold a digit.
        search = _DIGIT.search
        self.with_digit = [i for i, line in enumerate(lines) if search(line)]
        self.rewritten: set[int] = set()
        # The joined lines, all or those with a digit, and the lines rewritten since each was
        # joined: a hint searches those one by one, until there are too many of them to
        # cost less than joining the lines again.
        self.joined: dict[bool, _Joined] = {}
        self.stale: dict[bool, set[int]] = {}
        # The lines with a decimal digit, once asked for, and those rewritten since.
        self.with_decimal: list[int] | None = None
        self.decimal_stale: set[int] = set()

    def _digit_lines(self) -> list[int]:
        if self.rewritten:
            lines, rewritten = self.lines, self.rewritten
            self.with_digit = [
                i for i in self.with_digit if i not in rewritten or _DIGIT.search(lines[i])
            ]
            self.rewritten = set()
        return self.with_digit

    def _decimal_lines(self) -> list[int]:
        """The lines with a decimal digit: among those with a `_DIGIT`, found once, then
        checked again on the lines rewritten since (a vulgar fraction may become digits)."""
        lines = self.lines
        if self.with_decimal is None:
            self.with_decimal = [i for i in self._digit_lines() if _DECIMAL.search(lines[i])]
        elif self.decimal_stale:
            stale = self.decimal_stale
            kept = [i for i in self.with_decimal if i not in stale]
            added = [i for i in stale if _DECIMAL.search(lines[i])]
            self.with_decimal = sorted(kept + added) if added else kept
        self.decimal_stale = set()
        return self.with_decimal

    def _joined(self, digit: bool) -> _Joined:
        if digit not in self.joined:
            among = self._digit_lines() if digit else self.every
            self.joined[digit] = _Joined(self.lines, among)
            self.stale[digit] = set()
        return self.joined[digit]

    def _scanned(self, hint: re.Pattern[str] | WordStart, digit: bool) -> list[int]:
        if isinstance(hint, WordStart):
            found = self._joined(digit).starting_words(hint)
        elif hint.pattern == _DIGIT.pattern:
            return self._digit_lines()
        elif hint.pattern == _DECIMAL.pattern and hint.flags == _DECIMAL.flags:
            return self._decimal_lines()
        elif leads_past_ascii(hint):  # on the lines past ASCII only
            among, lines = self._digit_lines() if digit else self.every, self.lines
            return [i for i in among if not lines[i].isascii() and hint.search(lines[i])]
        elif _decimal_class(hint):
            decimal, lines = self._decimal_lines(), self.lines
            known = set(decimal)
            more = [i for i in self._digit_lines() if i not in known and hint.search(lines[i])]
            return sorted(decimal + more) if more else decimal
        elif reads_line_edges(hint):
            # Line by line, the lines without the character it starts with left out first.
            lines, search, lead = self.lines, hint.search, leading_character(hint) or ""
            among = self._digit_lines() if digit else self.every
            return [i for i in among if lead in lines[i] and search(lines[i])]
        else:
            found = self._joined(digit).matching(hint)
        stale = self.stale[digit]
        if not stale:
            return found
        # No rule writes a digit: a line rewritten since it was joined holds one only if it
        # was among the lines with one then, and may since have lost it.
        lines = self.lines
        fresh = [
            i for i in stale if (not digit or _DIGIT.search(lines[i])) and hint.search(lines[i])
        ]
        return sorted([i for i in found if i not in stale] + fresh)

    def matching(self, rule: Rule) -> list[int]:
        """The lines ``rule`` reads: those where its hint finds something."""
        hint = rule.hint
        if hint is None:
            return [i for i, line in enumerate(self.lines) if line]
        if isinstance(hint, WordStart):
            return self._scanned(hint, rule.needs_digit)
        if isinstance(hint, re.Pattern):
            return self._scanned(hint, rule.needs_digit or _digit_led(hint))
        needs_digit = rule.needs_digit
        scans = [
            self._scanned(pattern, needs_digit or _digit_led(pattern)) for pattern in hint.patterns
        ]
        scans += [self._scanned(pattern, True) for pattern in hint.with_digit]
        return scans[0] if len(scans) == 1 else sorted(set().union(*scans))

    def rewrite(self, rule: Rule, indexes: list[int]) -> None:
        """Run ``rule`` on the lines at ``indexes``."""
        if rule.whole_text and len(indexes) > 1:
            self._rewrite_at_once(rule, indexes)
            return
        lines, function = self.lines, rule.function
        changed = []
        for index in indexes:
            line = lines[index]
            said = function(line)
            if said != line:
                lines[index] = said
                changed.append(index)
        self._changed(changed)

    def _changed(self, indexes: list[int]) -> None:
        """Note that the lines at ``indexes`` were rewritten."""
        if not indexes:
            return
        self.rewritten.update(indexes)
        if self.with_decimal is not None:
            self.decimal_stale.update(indexes)
        for digit in list(self.joined):
            stale = self.stale[digit]
            stale.update(indexes)
            if len(stale) > len(self.joined[digit].among) // _STALE_SHARE:
                del self.joined[digit]

    def _rewrite_at_once(self, rule: Rule, indexes: list[int]) -> None:
        """Run ``rule``, which reads each line alone, once on the lines at ``indexes``."""
        lines = self.lines
        read = [lines[index] for index in indexes]
        said = rule.function("\n".join(read)).split("\n")
        changed = [i for i, line, new in zip(indexes, read, said, strict=True) if new != line]
        for index, new in zip(indexes, said, strict=True):
            lines[index] = new
        self._changed(changed)


def _spoken_lines(lines: list[str], rules: tuple[Rule, ...]) -> list[str]:
    """Each line read by each rule in turn, as if line by line; a rule with a hint runs only
    on the lines where its hint finds something. No rule writes a digit, so the lines with
    one are found once, for the rules that need one."""
    state = _Lines(lines)
    for rule in rules:
        state.rewrite(rule, state.matching(rule))
    return state.lines


_FEW_LINES = 12
"""Up to this many lines (a chunk is one or a few), each is read alone, every hint searched
on it: joining lines and finding which of them a hint picks costs more than the searches of
a short text, some hundred hints a chunk."""

_Check = tuple[str | None, Callable[[str], object], bool]
"""One pattern of a hint, for one line: the character what it finds starts with (see
`leading_character`), its search, and whether it is searched only on a line with a digit."""
_Step = tuple[Normalizer, bool, tuple[_Check, ...] | None]
"""A rule, for one line: its function, whether it reads only a line with a digit, and its
hint's patterns (None: every line but an empty one)."""

_STEPS: dict[int, tuple[tuple[Rule, ...], tuple[_Step, ...]]] = {}


def _check(pattern: re.Pattern[str], digit_only: bool) -> _Check:
    # The digit hints are the lines with one, as `_Lines._scanned` finds them.
    digits = pattern.pattern in (_DIGIT.pattern, _DECIMAL.pattern)
    return (leading_character(pattern), pattern.search, digit_only or digits or _digit_led(pattern))


def _steps(rules: tuple[Rule, ...]) -> tuple[_Step, ...]:
    """``rules`` as `_spoken_few` runs them, made once per language."""
    made = _STEPS.get(id(rules))
    if made is not None and made[0] is rules:
        return made[1]
    steps = []
    for rule in rules:
        hint = rule.hint
        checks: tuple[_Check, ...] | None
        if hint is None:
            checks = None
        elif isinstance(hint, WordStart):
            checks = ((None, hint.pattern.search, False),)
        elif isinstance(hint, AnyOf):
            checks = tuple(_check(pattern, False) for pattern in hint.patterns)
            checks += tuple(_check(pattern, True) for pattern in hint.with_digit)
        else:
            checks = (_check(hint, False),)
        steps.append((rule.function, rule.needs_digit, checks))
    _STEPS[id(rules)] = (rules, tuple(steps))
    return tuple(steps)


def _spoken_few(lines: list[str], rules: tuple[Rule, ...]) -> list[str]:
    """What `_spoken_lines` says of a few lines, each read alone: a rule runs on a line where
    one of its hint's patterns finds something (one led by a character the line lacks is not
    searched), one that reads digits only on a line with a digit."""
    steps = _steps(rules)
    said = []
    for line in lines:
        digit = _DIGIT.search(line) is not None
        for function, needs_digit, checks in steps:
            if needs_digit and not digit:
                continue
            if checks is None:
                if not line:
                    continue
            else:
                for lead, search, digit_only in checks:
                    if (
                        (digit or not digit_only)
                        and (lead is None or lead in line)
                        and search(line)
                    ):
                        break
                else:
                    continue
            new = function(line)
            if new != line:
                line = new
                # No rule writes a digit, and a line may lose its last one.
                digit = digit and _DIGIT.search(line) is not None
        said.append(line)
    return said


def _spoken_unskipped(text: str, language: str = "en") -> str:
    """``text`` read by every rule of ``language`` on every line, hints ignored: what
    `spoken` says without a lexicon, but where a hint is narrower than its rule and so
    decides (tests/spoken/test_rule_skipping.py names those)."""
    rules = language_for(language).rules
    said = []
    for line in text.split("\n"):
        for rule in rules:
            line = rule.function(line)
        said.append(line)
    return "\n".join(said)


def spoken(text: str, lexicon: Lexicon | None = None, language: str = "en") -> str:
    """Return ``text`` as the plain words a newsreader would say, in ``language``.

    The lexicon, if given, is applied first; what it says is protected from the rules.
    A regional code reads as its language ("en-GB" as "en"); a language without rules
    raises `UnknownLanguageError`.
    """
    rules = language_for(language).rules
    said: dict[str, str] = {}
    if lexicon is not None:

        def mark(say: str) -> str:
            return said.setdefault(say, chr(_PROTECTED_BASE + len(said)))

        text = lexicon.apply_with(text, mark)
    lines = text.split("\n")
    read = _spoken_few if len(lines) <= _FEW_LINES else _spoken_lines
    text = "\n".join(read(lines, rules))
    if said:
        # The markers, and no other private-use character the text may hold, are put back.
        text = text.translate({ord(marker): say for say, marker in said.items()})
    return text


def explain(text: str, language: str = "en") -> list[Reading]:
    """Each token of ``text`` that the rules of ``language`` rewrote: what was written, the
    classes of the rules that read it, and what is said (see `narrator.spoken.readings`)."""
    from narrator.spoken.readings import explain as readings_of

    return readings_of(text, language)


class _CallableSpoken(types.ModuleType):
    """`narrator.spoken` is this package, and also what the library documents it as: the
    function. Python binds a package's name in its parent once it is imported, over the lazy
    `narrator.spoken` function, so the package itself answers a call."""

    def __call__(self, text: str, lexicon: Lexicon | None = None, language: str = "en") -> str:
        return spoken(text, lexicon, language)


sys.modules[__name__].__class__ = _CallableSpoken
