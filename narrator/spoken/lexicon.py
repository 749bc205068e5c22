"""Pronunciation lexicon: words, or patterns, and how to say them.

A lexicon is a TOML file, given with ``--lexicon FILE`` or read from the user's config
folder (``default_lexicon_path()``). It is applied before every other rule of
`narrator.spoken`, and what it says is left alone by those rules::

    # Whole words, case-sensitive.
    ATACMS = "attack-ums"
    Peskov = "PYES-kov"

    # Whole words, any case.
    [ignore_case]
    kyiv = "keev"

    # Regular expressions (Python syntax), applied in file order after the words.
    [[regex]]
    pattern = "Zelensk(yy|iy)"
    say = "zeh-LEN-skee"
    ignore_case = false        # optional, false by default

``say`` is plain text: it is said as written, without group references. Words match only
as whole words: "Peskov" does not change "Peskovs". A pattern that matches the empty string is
refused (it would insert its text between every two characters), and a pattern gets at most
`REGEX_TIMEOUT_S` per chunk: a catastrophic one (``(a+)+$``) stops with a LexiconError instead
of hanging, which is why patterns are compiled by the `regex` module, which has a timeout.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from narrator import userdirs
from narrator.errors import NarratorError
from narrator.limits import LEXICON_MAX_BYTES, MB, read_file_at_most

__all__ = [
    "Lexicon",
    "LexiconEntry",
    "LexiconError",
    "default_lexicon_path",
    "lexicon_text",
    "load_default_lexicon",
    "load_lexicon",
]


class LexiconError(NarratorError, ValueError):
    """A lexicon file that cannot be read; the message names the file and the line."""


REGEX_TIMEOUT_S = 1.0
"""The longest a user's pattern may search one text."""


class _Pattern(Protocol):
    """A compiled pattern: the standard library's, or the `regex` module's."""

    @property
    def pattern(self) -> str: ...

    def sub(self, repl: Callable[[Any], str], string: str, *, timeout: float) -> str: ...


@dataclass(frozen=True)
class LexiconEntry:
    """One rule of a lexicon: a compiled pattern and what to say for each match.

    ``say`` is either the text for every match, or a table from the matched text (lower-cased
    when ``folded``) to the text to say.
    """

    pattern: re.Pattern[str] | _Pattern
    say: str | Mapping[str, str]
    folded: bool = False

    def said(self, match: re.Match[str]) -> str:
        """What to say for ``match``."""
        if isinstance(self.say, str):
            return self.say
        word = match.group(0)
        return self.say[word.lower() if self.folded else word]


@dataclass(frozen=True)
class Lexicon:
    """An ordered tuple of lexicon entries, applied one after the other."""

    entries: tuple[LexiconEntry, ...] = ()

    def apply(self, text: str) -> str:
        """Replace every word or pattern of the lexicon in ``text`` by how it is said."""
        return self.apply_with(text, lambda say: say)

    def apply_with(self, text: str, render: Callable[[str], str]) -> str:
        """Like `apply`, but insert ``render(say)`` for each replacement."""
        for entry in self.entries:
            text = _substituted(entry, text, render)
        return text

    @classmethod
    def from_words(cls, words: Mapping[str, str], ignore_case: bool = False) -> Lexicon:
        """A lexicon of whole words: ``Lexicon.from_words({"Peskov": "PYES-kov"})``."""
        entry = _words_entry(words, ignore_case)
        return cls((entry,) if entry else ())


def _substituted(entry: LexiconEntry, text: str, render: Callable[[str], str]) -> str:
    """`text` with `entry`'s matches replaced; an empty match is left alone, and a user's pattern
    that runs past `REGEX_TIMEOUT_S` is a LexiconError."""

    def replace(match: re.Match[str]) -> str:
        return render(entry.said(match)) if match.group(0) else ""

    pattern = entry.pattern
    if isinstance(pattern, re.Pattern):
        return pattern.sub(replace, text)
    try:
        return pattern.sub(replace, text, timeout=REGEX_TIMEOUT_S)
    except TimeoutError:
        raise LexiconError(
            f"the lexicon pattern {entry.pattern.pattern!r} took more than {REGEX_TIMEOUT_S:g} s "
            "on one chunk (nested repeats such as (a+)+ backtrack without end); simplify it"
        ) from None


def _words_entry(words: Mapping[str, str], ignore_case: bool) -> LexiconEntry | None:
    """One alternation for all the words, longest first, so the text is scanned once."""
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    flags = re.IGNORECASE if ignore_case else 0
    pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", flags)
    table = {w.lower(): s for w, s in words.items()} if ignore_case else dict(words)
    return LexiconEntry(pattern, table, folded=ignore_case)


def default_lexicon_path() -> Path:
    """The lexicon read when none is given: ``lexicon.toml`` in the config folder, beside the
    preferences (`$NARRATOR_CONFIG_DIR` if set)."""
    return userdirs.config_dir() / "lexicon.toml"


def lexicon_text(path: Path | None) -> str:
    """The text of the lexicon a narration uses (`path`, else the default one), "" for none or
    one that cannot be read (loading it says why)."""
    try:
        data = read_file_at_most(path or default_lexicon_path(), LEXICON_MAX_BYTES)
        return "" if data is None else data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def load_default_lexicon() -> Lexicon | None:
    """Load the lexicon at `default_lexicon_path`, or return None when there is none."""
    path = default_lexicon_path()
    return load_lexicon(path) if path.is_file() else None


def load_lexicon(path: Path) -> Lexicon:
    """Read a lexicon file (format in the module docstring).

    Raises LexiconError("<path>:<line>: what is wrong; how to fix it").
    """
    try:
        data = read_file_at_most(path, LEXICON_MAX_BYTES)
        source = "" if data is None else data.decode("utf-8-sig")  # a byte order mark is fine
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(f"{path}: cannot read the lexicon: {error}") from error
    if data is None:
        raise LexiconError(
            f"{path}: the lexicon is larger than {LEXICON_MAX_BYTES // MB} MB; "
            "check that it is the right file"
        )
    import tomllib  # here, not with the module: `save` reads the lexicon after its engines start

    try:
        document = tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"line (\d+)", str(error))
        raise LexiconError(
            f"{path}:{line[1] if line else 1}: not valid TOML: {error}; fix the syntax there"
        ) from error
    return _Parser(path, source).lexicon(document)


_EMPTY_PROBE = "\n A a, 1. "
"""A text where a pattern that can match nothing (x*, x?, \\b) does so."""


class _Parser:
    """Checks a parsed TOML document and reports errors at the line they are on."""

    def __init__(self, path: Path, source: str) -> None:
        self.path = path
        self.lines = source.splitlines()

    def error(self, line: int, message: str) -> LexiconError:
        return LexiconError(f"{self.path}:{line}: {message}")

    def line_of(self, pattern: str, start: int = 1) -> int:
        """The first line from ``start`` on that matches ``pattern``."""
        for number, text in enumerate(self.lines[start - 1 :], start):
            if re.match(pattern, text.strip()):
                return number
        return start

    def key_line(self, key: str, start: int = 1) -> int:
        quoted = re.escape(key)
        return self.line_of(rf"(?:{quoted}|\"{quoted}\"|'{quoted}')\s*=", start)

    def lexicon(self, document: Mapping[str, Any]) -> Lexicon:
        words = {k: v for k, v in document.items() if k not in ("regex", "ignore_case")}
        folded = document.get("ignore_case", {})
        if not isinstance(folded, dict):
            raise self.error(
                self.key_line("ignore_case"),
                "'ignore_case' must be a table: write [ignore_case] above its words",
            )
        folded_start = self.line_of(r"\[\s*ignore_case\s*\]")
        entries = [
            _words_entry(self.words(words, 1), ignore_case=False),
            _words_entry(self.words(folded, folded_start), ignore_case=True),
            *self.regexes(document.get("regex", [])),
        ]
        return Lexicon(tuple(e for e in entries if e is not None))

    def words(self, table: Mapping[str, Any], start: int) -> dict[str, str]:
        # The line is looked for only for an error: found for every word, loading was quadratic.
        for word, say in table.items():
            if not isinstance(say, str):
                raise self.error(
                    self.key_line(word, start),
                    f'{word!r} must be said as a string: write {word} = "..."',
                )
            if not word.strip() or not say.strip():
                raise self.error(
                    self.key_line(word, start),
                    f"{word!r}: neither the word nor what to say may be empty",
                )
        return dict(table)

    def regexes(self, tables: Any) -> list[LexiconEntry]:
        header = r"\[\[\s*regex\s*\]\]"
        if not isinstance(tables, list):
            raise self.error(
                self.key_line("regex"),
                "'regex' must be an array of tables: write [[regex]] above each one",
            )
        entries, line = [], 0
        for table in tables:
            line = self.line_of(header, line + 1)
            if not isinstance(table, dict):
                raise self.error(
                    self.key_line("regex"),
                    f"'regex' holds {table!r}, not a table: write [[regex]] above each "
                    'pattern = "..." and say = "..."',
                )
            entries.append(self.regex(table, line))
        return entries

    def regex(self, table: Mapping[str, Any], line: int) -> LexiconEntry:
        unknown = set(table) - {"pattern", "say", "ignore_case"}
        if unknown:
            raise self.error(
                line,
                f"[[regex]] has unknown key {min(unknown)!r}; "
                "use only pattern, say and ignore_case",
            )
        for key in ("pattern", "say"):
            if not isinstance(table.get(key), str):
                raise self.error(
                    self.key_line(key, line) if key in table else line,
                    f'[[regex]] needs {key} = "..." (a string)',
                )
        ignore_case = table.get("ignore_case", False)
        if not isinstance(ignore_case, bool):
            raise self.error(
                self.key_line("ignore_case", line), "ignore_case must be true or false"
            )
        import regex  # type: ignore[import-untyped]

        try:
            pattern = regex.compile(table["pattern"], regex.IGNORECASE if ignore_case else 0)
        except (regex.error, OverflowError, RecursionError) as error:
            raise self.error(
                self.key_line("pattern", line),
                f"invalid regular expression {table['pattern']!r}: {error}; "
                'fix it (Python syntax, backslashes doubled in "...")',
            ) from None
        if any(not match.group(0) for match in pattern.finditer(_EMPTY_PROBE, timeout=1)):
            raise self.error(
                self.key_line("pattern", line),
                f"the pattern {table['pattern']!r} matches the empty string, so it would be said "
                "between every two letters; make it match at least one character (+, not *)",
            )
        return LexiconEntry(pattern, table["say"])
