"""The sentence splitter's regular expressions, compiled once, then kept beside the bytecode.

pysbd, which the segmenter splits sentences with, passes its patterns to `re` as strings
(``re.sub(pattern, ...)``): `re` parses and compiles each the first time, in Python, some 160 for
English, 13 of the 15 ms of CPU the first split took, in every planning process (before
`speak`'s first audio). What `re` makes of a pattern depends only on the pattern, its flags and
the Python that made it, so, as `narrator.spoken.precompiled` does for the rules' patterns, it is
kept in a file in narrator's ``__pycache__`` (or under ``$PYTHONPYCACHEPREFIX``).

`kept_patterns(split, language)` puts the file's patterns in `re`'s own cache (where `re.sub`
looks a string pattern up) before the first split of the process, runs it, and writes the file
again when a language's first split compiled a pattern it did not hold, unless Python writes
no bytecode either (``-B``, ``$PYTHONDONTWRITEBYTECODE``). A file that is damaged, or made by
another Python, is ignored; `_sre` checks the code it is given, as it checks what `re` gives
it.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's matcher: no stubs
import contextlib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from narrator.kept_files import (
    PATTERNS_VERSION,
    PatternCode,
    PatternKey,
    kept_file,
    pattern_code,
    read_kept,
    write_kept,
)

T = TypeVar("T")
_MAX_KEPT = 2000
"""A file past this many patterns is started again (they are a language's, some 160 each)."""

_filled = False
_learned: set[str] = set()
"""The languages whose first split has run in this process."""


def kept_patterns(split: Callable[[], T], language: str) -> T:
    """`split()`, the first split of `language` in this process with the kept patterns (see
    above), every language's put in `re`'s cache before the process's first split."""
    global _filled
    cache = getattr(re, "_cache", None)
    if language in _learned or not isinstance(cache, dict):
        return split()
    _learned.add(language)
    path = kept_file(__file__, "sentence-patterns")
    stored: dict[PatternKey, PatternCode] = read_kept(path, PATTERNS_VERSION)
    if not _filled:
        _filled = True
        for (pattern, flags), entry in stored.items():
            with contextlib.suppress(RuntimeError, TypeError, ValueError):  # damaged: compiled
                cache.setdefault((str, pattern, flags), _sre.compile(pattern, *entry))
    before = set(list(cache))
    result = split()
    new = [
        (key[1], key[2])
        for key in list(cache)
        if key not in before and key[0] is str and (key[1], key[2]) not in stored
    ]
    if new and path is not None and not sys.dont_write_bytecode:
        _write(path, stored if len(stored) < _MAX_KEPT else {}, new)
    return result


def _write(path: Path, stored: dict[PatternKey, PatternCode], new: list[PatternKey]) -> None:
    entries = dict(stored)
    for pattern, flags in new:
        with contextlib.suppress(Exception):  # a Python whose `re` works otherwise
            entries[(pattern, flags)] = pattern_code(pattern, flags)
    write_kept(path, PATTERNS_VERSION, entries)
