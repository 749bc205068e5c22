"""Rules and languages: what `spoken` runs, and how a language is chosen by its code.

A `Rule` rewrites one semiotic class (money, dates, initialisms...) into words; a `Language`
holds its rules in order, its number words and its tables. Languages are sibling packages of
this module (``narrator.spoken.en``), each exposing ``LANGUAGE``; adding one is a new package
and one entry in `_LANGUAGES`. A language package is imported at its first use, so importing
`narrator.spoken` stays cheap, its patterns come compiled from the previous import (see
`narrator.spoken.precompiled`), and its rules' modules are imported as texts first need them
(see `narrator.spoken.deferred`).
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from narrator.errors import NarratorError
from narrator.spoken.deferred import Deferred, Manifest, active, deferring, resolved
from narrator.spoken.pattern_sources import leading_character as leading_character
from narrator.spoken.pattern_sources import leading_class as leading_class
from narrator.spoken.pattern_sources import reads_line_edges as reads_line_edges
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
    function: Normalizer | Deferred,
    semiotic_class: str,
    hint: Hint | Deferred,
    reason: str,
    needs_digit: bool = False,
    steps: tuple[Step, ...] | Deferred = (),
) -> Rule:
    """A `Rule` named after its function; ``steps``, if given, the classes it reads in turn
    (see `Rule.steps`). Any of ``function``, ``hint`` and ``steps`` may be `Deferred` (see
    `narrator.spoken.deferred`): the rule's module is then imported at its first call where
    the language's manifest knows the rest, and now where it does not."""
    manifest = active()
    if manifest is not None:
        known = _known(manifest, function, hint, steps)
        if known is not None:
            name, whole_text, made_hint, made_steps, later = known
            return Rule(
                name, later, semiotic_class, made_hint, reason, needs_digit, whole_text, made_steps
            )
    made = _rule(resolved(function), semiotic_class, resolved(hint), reason,
                 needs_digit, resolved(steps))  # fmt: skip
    if manifest is not None:
        _learn(manifest, function, hint, steps, made)
    return made


def _rule(
    function: Normalizer,
    semiotic_class: str,
    hint: Hint,
    reason: str,
    needs_digit: bool,
    steps: tuple[Step, ...],
) -> Rule:
    whole_text = function in _READING_LINES_ALONE
    return Rule(
        function.__name__, function, semiotic_class, hint, reason, needs_digit, whole_text, steps
    )


_Known = tuple[str, bool, Hint, tuple[Step, ...], Normalizer]


def _known(
    manifest: Manifest,
    function: Normalizer | Deferred,
    hint: Hint | Deferred,
    steps: tuple[Step, ...] | Deferred,
) -> _Known | None:
    """The name, reading of whole texts, hint, steps and function of a rule whose function is
    `Deferred`, from what ``manifest`` keeps; None where it lacks any of them."""
    if not isinstance(function, Deferred) or (isinstance(steps, tuple) and steps):
        return None
    said = manifest.known(function, "function")
    form = manifest.known(hint, "hint") if isinstance(hint, Deferred) else ()
    names = manifest.known(steps, "steps") if isinstance(steps, Deferred) else ()
    if said is None or form is None or names is None:
        return None
    made_hint = hint_from(form) if isinstance(hint, Deferred) else hint
    made_steps: tuple[Step, ...] = ()
    if isinstance(steps, Deferred):
        made_steps = tuple((name, manifest.later(steps, at, 1)) for at, name in enumerate(names))
    name, whole_text = said
    return name, whole_text, made_hint, made_steps, manifest.later(function)


def _learn(
    manifest: Manifest,
    function: Normalizer | Deferred,
    hint: Hint | Deferred,
    steps: tuple[Step, ...] | Deferred,
    made: Rule,
) -> None:
    """Keep what ``made`` needs of its `Deferred` parts in ``manifest``, for the next process."""
    if isinstance(function, Deferred):
        manifest.learn(function, "function", (made.name, made.whole_text))
    if isinstance(hint, Deferred):
        form = hint_form(made.hint)
        if form is not None:
            manifest.learn(hint, "hint", form)
    if isinstance(steps, Deferred):
        manifest.learn(steps, "steps", tuple(name for name, _ in made.steps))


_PatternForm = tuple[str, int]


def hint_form(hint: Hint) -> tuple[object, ...] | None:
    """``hint`` as data a manifest keeps (see `hint_from`); None for a hint of another kind."""

    def form(pattern: re.Pattern[str]) -> _PatternForm | None:
        # re adds UNICODE to a text pattern's flags: compiled again, it is the same pattern.
        if not isinstance(pattern.pattern, str):
            return None
        return (pattern.pattern, int(pattern.flags & ~re.UNICODE))

    if isinstance(hint, re.Pattern):
        return ("pattern", form(hint)) if form(hint) else None
    if isinstance(hint, AnyOf):
        forms = (tuple(map(form, hint.patterns)), tuple(map(form, hint.with_digit)))
        return None if None in forms[0] + forms[1] else ("any_of", *forms)
    if isinstance(hint, WordStart):
        scans = tuple((form(pattern), shift) for pattern, shift in hint.scans)
        if form(hint.pattern) is None or any(kept is None for kept, _ in scans):
            return None
        return ("word_start", form(hint.pattern), scans)
    return None


def hint_from(form: tuple[Any, ...]) -> Hint:
    """The hint that `hint_form` made ``form`` of."""
    kind = form[0]
    if kind == "pattern":
        return re.compile(*form[1])
    if kind == "any_of":
        return AnyOf(
            tuple(re.compile(*kept) for kept in form[1]),
            tuple(re.compile(*kept) for kept in form[2]),
        )
    return WordStart(
        re.compile(*form[1]), tuple((re.compile(*kept), shift) for kept, shift in form[2])
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

    package = _LANGUAGES[base]
    path = store_path(package)
    spec = importlib.util.find_spec(package) if path is not None else None
    origin = spec.origin if spec is not None else None
    with precompiled(path) as store, deferring(package, origin, store):
        language: Language = importlib.import_module(package).LANGUAGE
    return language
