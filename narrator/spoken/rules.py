"""Rules and languages: what `spoken` runs, and how a language is chosen by its code.

A `Rule` rewrites one semiotic class (money, dates, initialisms...) into words; a `Language`
holds its rules in order, its number words and its tables. Languages are sibling packages of
this module (``narrator.spoken.en``), each exposing ``LANGUAGE``; adding one is a new package
and one entry in `_LANGUAGES`. A language package is imported at its first use, so importing
`narrator.spoken` stays cheap, and its patterns come compiled from the previous import (see
`narrator.spoken.precompiled`).
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from narrator.errors import NarratorError
from narrator.spoken.tables import Row, read_table

Normalizer = Callable[[str], str]
Step = tuple[str, Normalizer]
"""A class read within a rule, and its rewrite: ``("scholarly", read_scholarly)``."""


@dataclass(frozen=True, slots=True)
class AnyOf:
    """A hint made of several patterns: text is read when any of them finds something.

    The regex engine finds a pattern that starts with one literal character about as fast as
    ``str.find``, and tries one that starts with a class of characters at every position,
    some thirty times slower: a hint split into literal-led patterns scans far less."""

    patterns: tuple[re.Pattern[str], ...]
    """The patterns, each best starting with a literal character."""
    with_digit: tuple[re.Pattern[str], ...] = ()
    """Patterns that can only find something in text with a digit, scanned on those lines
    only; a bare ``\\d`` among them is the lines with a digit, with no scan of its own."""

    def search(self, text: str) -> bool:
        """Whether any of the patterns finds something in ``text``."""
        # A plain loop: rules ask this of every line, and `any` over a generator costs three
        # times the searches on a short line.
        for pattern in self.patterns + self.with_digit:  # noqa: SIM110
            if pattern.search(text):
                return True
        return False


def any_of(*patterns: str, with_digit: tuple[str, ...] = ()) -> AnyOf:
    """An `AnyOf` hint of ``patterns`` (and of ``with_digit``, see `AnyOf`), compiled."""
    return AnyOf(
        tuple(re.compile(pattern) for pattern in patterns),
        tuple(re.compile(pattern) for pattern in with_digit),
    )


@dataclass(frozen=True, slots=True)
class WordStart:
    """A hint of whole words: text is read where one of them starts a word (after no letter
    or digit) and ends one, as in ``Dr`` or ``e.g.``.

    A pattern led by a word's first letter stops at every such letter: most of the text, for
    words in lower case. Across joined lines `spoken` finds those from the character before
    them instead (a space, another mark, a newline), which the regex engine stops at less."""

    pattern: re.Pattern[str]
    """The words, each led by its first letter: for one line, or any text."""
    scans: tuple[tuple[re.Pattern[str], int], ...]
    """For lines joined by newlines: patterns that together find what ``pattern`` finds, but
    at the start of the first line; each with the characters it finds before the line it
    finds something in (1 for a pattern led by the newline before a line, else 0)."""

    def search(self, text: str) -> bool:
        """Whether one of the words starts a word in ``text``."""
        return self.pattern.search(text) is not None


# A character before a word, but a space or a newline: ASCII marks, and any character past
# ASCII that is no letter or digit.
_MARK_BEFORE = "[\\x00-\\x09\\x0b-\\x1f!-/:-@\\[-`{-\\U0010ffff](?<=[\\W_])"


def word_start(forms: Iterable[str]) -> WordStart:
    """A `WordStart` hint of ``forms`` (non-empty), each a whole word: not after a letter or
    a digit, not before a word character. Words with a capital, whose first letters are
    rare, are found from those letters; those in lower case from the character before."""
    chosen = sorted(set(forms))
    groups: list[dict[str, str]] = []
    for group in (
        [form for form in chosen if not form[0].islower()],
        [form for form in chosen if form[0].islower()],
    ):
        rests: dict[str, list[str]] = {}
        for form in group:
            rests.setdefault(re.escape(form[0]), []).append(form[1:])
        groups.append({first: _trie(after) for first, after in rests.items()})
    led = [
        "|".join(f"{first}(?<![^\\W_]{first})(?:{rest})(?!\\w)" for first, rest in group.items())
        for group in groups
    ]
    lower = "(?:" + "|".join(f"{first}(?:{rest})" for first, rest in groups[1].items()) + ")"
    scans = [(re.compile(led[0]), 0)] if groups[0] else []
    if groups[1]:
        scans += [
            (re.compile(f" {lower}(?!\\w)"), 0),
            (re.compile(f"{_MARK_BEFORE}{lower}(?!\\w)"), 0),
        ]
        scans += [(re.compile(f"\\n{lower}(?!\\w)"), 1)]
    return WordStart(re.compile("|".join(pattern for pattern in led if pattern)), tuple(scans))


def _trie(words: list[str]) -> str:
    """``words`` as one pattern that reads each character once, then the words that share
    it (``["t.", "t", "r."]`` -> ``(?:t(?:\\.)?|r\\.)``): the regex engine tries the words of an
    alternation one by one from the start, and a hint's words share their first letters."""
    following: dict[str, list[str]] = {}
    for word in words:
        if word:
            following.setdefault(word[0], []).append(word[1:])
    parts = [re.escape(first) + _trie(rest) for first, rest in following.items()]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in words else body


Hint = re.Pattern[str] | AnyOf | WordStart | None

_SPECIAL = frozenset(".^$*+?{}[]\\|()")
"""The characters a pattern does not match as themselves."""


@functools.cache
def leading_character(pattern: re.Pattern[str]) -> str | None:
    """The character everything ``pattern`` finds starts with, where its source says so
    plainly: a literal character or an escaped mark first ("€ \\d", "\\$", " h"), not made
    optional, with no alternative at the top level and no flag that changes what a character
    matches. None otherwise (a class, a group, a look-behind, an escape such as ``\\d``).

    Text without that character is not scanned for the pattern: a check the regex engine
    makes about as fast, but answered once a text for every pattern led by it, and at once
    for a character past ASCII in ASCII text (`str.isascii` is a flag CPython keeps)."""
    source = pattern.pattern
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not source:
        return None
    if source[0] == "\\":
        lead, rest = source[1:2], source[2:]
        if not lead or lead.isalnum():
            return None
    elif source[0] in _SPECIAL:
        return None
    else:
        lead, rest = source[0], source[1:]
    if rest[:1] in ("*", "?", "{") or _has_top_level_alternative(rest):
        return None
    return lead


@functools.cache
def leading_class(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The characters everything ``pattern`` finds starts with, where its source says so
    plainly: ``\\d`` or a class of characters first ("[\\d½¼¾]", "\\d (?:caps?|tabs?)"), not
    negated or made optional, with no alternative at the top level and no flag that changes
    what a character matches. Each item a character, or ``\\d`` for a decimal digit; None
    otherwise (a literal: see `leading_character`)."""
    source = pattern.pattern
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    if source.startswith("\\d"):
        items: tuple[str, ...] | None = ("\\d",)
        rest = source[2:]
    elif source.startswith("[") and not source.startswith("[^"):
        end = _class_end(source)
        items, rest = _class_items(source[1:end]), source[end + 1 :]
    else:
        return None
    if items is None or rest[:1] in ("*", "?", "{") or _has_top_level_alternative(rest):
        return None
    return items


def _class_end(source: str) -> int:
    """The index of the ``]`` closing the class ``source`` starts with (a ``]`` first is one
    of the class)."""
    index = 1 + (source[1:2] == "]")
    while index < len(source) and source[index] != "]":
        index += 2 if source[index] == "\\" else 1
    return index


_ESCAPE_WIDTHS = {"x": 2, "u": 4, "U": 8}
_MOST_IN_A_RANGE = 256


def _class_items(body: str) -> tuple[str, ...] | None:
    """The characters of a class's ``body``, ranges spelled out and ``\\d`` kept whole; None
    for an escape other than a mark, ``\\d`` or a code point, or a range too wide to list."""
    items: list[str] = []
    index = 0
    while index < len(body):
        if body.startswith("\\d", index):
            items.append("\\d")
            index += 2
            continue
        first = _class_character(body, index)
        if first is None:
            return None
        character, index = first
        if body[index : index + 1] != "-" or index + 1 == len(body):
            items.append(character)
            continue
        last = _class_character(body, index + 1)
        if last is None or ord(last[0]) - ord(character) > _MOST_IN_A_RANGE:
            return None
        items += [chr(code) for code in range(ord(character), ord(last[0]) + 1)]
        index = last[1]
    return tuple(items)


def _class_character(body: str, index: int) -> tuple[str, int] | None:
    """The character written at ``index`` of a class's body, and the index after it."""
    if body[index] != "\\":
        return body[index], index + 1
    escape = body[index + 1 : index + 2]
    width = _ESCAPE_WIDTHS.get(escape)
    if width is not None:
        digits = body[index + 2 : index + 2 + width]
        if len(digits) < width or not all(d in "0123456789abcdefABCDEF" for d in digits):
            return None
        return chr(int(digits, 16)), index + 2 + width
    if not escape or escape.isalnum():
        return None
    return escape, index + 2


@functools.cache
def reads_line_edges(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` anchors at the start or end of its text (``^``, ``$``, ``\\A``,
    ``\\Z``): a hint written for one line, which lines joined by newlines would hide from it
    but for the first or the last, so it is searched line by line."""
    edges = {"\\A", "\\Z"} if pattern.flags & re.MULTILINE else {"\\A", "\\Z", "^", "$"}
    return any(item in edges for item in _outside_classes(pattern.pattern))


def _has_top_level_alternative(source: str) -> bool:
    """Whether ``source`` (the rest of a pattern) has a ``|`` outside its groups and classes."""
    depth = 0
    for item in _outside_classes(source):
        depth += (item == "(") - (item == ")")
        if item == "|" and depth == 0:
            return True
    return False


def _outside_classes(source: str) -> Iterator[str]:
    """The pieces of a pattern's ``source`` outside its character classes: each character,
    and each escape as one piece (``\\A``); a class is skipped whole."""
    index, in_class = 0, False
    while index < len(source):
        character = source[index]
        if character == "\\":
            if not in_class:
                yield source[index : index + 2]
            index += 2
            continue
        if in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
            index += 1 + (source[index + 1 : index + 2] == "^")
            index += source[index : index + 1] == "]"  # a ']' first is one of the class
            continue
        else:
            yield character
        index += 1


_READING_LINES_ALONE: set[Normalizer] = set()


def reads_lines_alone(function: Normalizer) -> Normalizer:
    """Declare that ``function`` reads each line of its text alone: no pattern of it crosses
    or looks past a newline, and it writes or removes none, so that its result on lines
    joined by newlines is its results on each line, joined. `spoken` then calls it once on
    all the lines it reads rather than once a line (see `Rule.whole_text`)."""
    _READING_LINES_ALONE.add(function)
    return function


@dataclass(frozen=True, slots=True)
class Rule:
    """One step of `spoken`: a pure ``str -> str`` rewrite of one semiotic class."""

    name: str
    """The function's name, as case files and errors name the rule."""
    function: Normalizer
    """The rewrite itself."""
    semiotic_class: str
    """What it reads ("money", "dates"...): its module and its case file are named so."""
    hint: Hint
    """A quick scan: text where it finds nothing is skipped (most sentences have no digit,
    and one scan costs less than all of a rule's patterns); None runs the rule on all text.
    It must find something wherever the rule would change the text."""
    reason: str
    """Why the rule sits where it does in its language's order."""
    needs_digit: bool = False
    """Whether the rule reads only text with a digit in it: `spoken` then scans its hint on
    the lines with a digit only (a third of an article's text), found once for all rules."""
    whole_text: bool = False
    """Whether the rule may read all its lines at once, joined by newlines (see
    `reads_lines_alone`): a call per line costs more than the rule on a short line."""
    steps: tuple[Step, ...] = ()
    """The classes the rule reads in turn under its one hint, each with its own module and
    rewrite (closings, languages... then the abbreviations' own): ``function`` runs them all,
    and `narrator.spoken.explain` names the one that read a token. Empty: one class."""

    def parts(self) -> tuple[Step, ...]:
        """The classes this rule reads in turn, each with its rewrite."""
        return self.steps or ((self.semiotic_class, self.function),)

    def apply(self, text: str) -> str:
        """Run the rule on ``text``, skipping it when the hint finds nothing."""
        if self.hint is None or self.hint.search(text):
            return self.function(text)
        return text


def rule(
    function: Normalizer,
    semiotic_class: str,
    hint: Hint,
    reason: str,
    needs_digit: bool = False,
    steps: tuple[Step, ...] = (),
) -> Rule:
    """A `Rule` named after its function; ``steps``, if given, the classes it reads in turn
    (see `Rule.steps`)."""
    whole_text = function in _READING_LINES_ALONE
    return Rule(
        function.__name__, function, semiotic_class, hint, reason, needs_digit, whole_text, steps
    )


@dataclass(frozen=True, slots=True)
class Language:
    """Everything `spoken` needs to read one language."""

    code: str
    """Its base code ("en"), which is also its package's name."""
    rules: tuple[Rule, ...]
    """The rules, in the order they run."""
    cardinal: Callable[[int], str]
    """186 -> "one hundred eighty-six"."""
    ordinal: Callable[[int], str]
    """22 -> "twenty-second"."""
    year: Callable[[int], str]
    """1962 -> "nineteen sixty-two"."""
    decimal: Callable[[str], str]
    """A written number with separators, sign and decimals: "-2.5" -> "minus two point five"."""

    def table(self, name: str) -> tuple[Row, ...]:
        """The rows of one of the language's data tables (``<code>/tables/<name>.tsv``)."""
        return read_table(self.code, name)


class UnknownLanguageError(NarratorError):
    """No rules exist for the language asked for."""


# Language code -> the package that defines its LANGUAGE.
_LANGUAGES = {
    "en": "narrator.spoken.en",
    "de": "narrator.spoken.de",
    "fr": "narrator.spoken.fr",
    "es": "narrator.spoken.es",
    "it": "narrator.spoken.it",
    "pt": "narrator.spoken.pt",
    "ru": "narrator.spoken.ru",
}


@functools.cache
def language_for(code: str) -> Language:
    """The `Language` for ``code``; a regional code falls back to its base ("en-GB" -> "en")."""
    base = code.strip().lower().replace("_", "-").split("-")[0]
    if base not in _LANGUAGES:
        known = ", ".join(sorted(_LANGUAGES))
        raise UnknownLanguageError(
            f"No spoken-form rules for language {code!r}. Use one of: {known}."
        )
    from narrator.spoken.precompiled import precompiled, store_path

    with precompiled(store_path(_LANGUAGES[base])):
        language: Language = importlib.import_module(_LANGUAGES[base]).LANGUAGE
    return language
