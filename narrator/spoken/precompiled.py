"""A language's patterns compiled once, then kept beside its bytecode.

English compiles some 220 regular expressions when its package is imported, and Python's `re`
parses each one in Python: 55 ms, before the first chunk of any narration can be cut. What `re`
makes of a pattern (the matcher's code and its groups) depends only on the pattern, its flags
and the Python that made it, so it is kept like bytecode: in one file per language, in the
package's ``__pycache__`` (or under ``$PYTHONPYCACHEPREFIX``), read back in a millisecond.
The matcher's code is kept as the bytes of its 32-bit units, not a list of numbers: English's
300,000 units are read back as numbers only for the patterns compiled, where unmarshalling each
number took 3.6 of the file's 4 ms of CPU.

While `precompiled` imports a language, each ``re.compile`` made by a module of
``narrator.spoken`` is answered from that file; one missing from it (new, edited, or no file
yet) is compiled as usual, and the file is written again with the patterns the import asked for,
unless Python writes no bytecode either (``-B``, ``$PYTHONDONTWRITEBYTECODE``). A file that is
damaged, or made by another Python, is ignored; one that cannot be written only costs time.
``_sre`` checks the code it is given, as it checks what `re` gives it.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's matcher: no stubs
import array
import contextlib
import importlib.util
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from narrator.kept_files import (
    PATTERNS_VERSION,
    PatternCode,
    kept_file,
    pattern_code,
    read_kept,
    write_kept,
)

_REAL_COMPILE = re.compile
_CODE_UNIT = "I" if array.array("I").itemsize == _sre.CODESIZE else ""
"""The array type of the matcher's code units; none where no type has their size."""
KeptKey = tuple[str | bytes, int]
"""A pattern (text, or bytes as the readers match in a file's first bytes) and its flags."""
KeptCode = tuple[int, bytes | list[int], int, dict[str, int], tuple[str | None, ...]]
"""A `PatternCode` as kept in the file: its code packed (see above) or, as `re` makes it, a list."""


@dataclass
class Store:
    """The compiled patterns of one language: those read from its file, those asked for."""

    path: Path | None
    """The file, or None where there is none to read (no bytecode folder)."""
    modules: str
    """The prefix of the modules whose patterns are kept ("narrator.spoken.")."""
    stored: dict[KeptKey, KeptCode] = field(default_factory=dict)
    asked: dict[KeptKey, KeptCode] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0
    unpacked_read: bool = False
    """Whether a pattern read had its code as a list (a file written before codes were packed)."""
    partial: bool = False
    """Whether the modules were imported only in part (see `narrator.spoken.deferred`): the
    file is then written with the patterns it held too, not only those asked for."""
    saved_misses: int = 0
    """The misses the file was last written with (a partial import saves at each module)."""

    def compile(self, pattern: Any, flags: int | re.RegexFlag = 0) -> Any:
        """`re.compile`, from the file for a module this store keeps patterns for."""
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if not (isinstance(pattern, (str, bytes)) and caller.startswith(self.modules)):
            return _REAL_COMPILE(pattern, flags)
        key = (pattern, int(flags))
        entry = self.stored.get(key)
        if entry is not None:
            # A thousand calls at a language's import: a try costs less than a `with`.
            try:
                kept_flags, code, groups, names, indexes = entry
                compiled = _sre.compile(pattern, kept_flags, unpacked(code), groups, names, indexes)
            except (RuntimeError, TypeError, ValueError):
                pass  # damaged: compiled below
            else:
                self.asked[key] = entry
                self.hits += 1
                self.unpacked_read |= isinstance(code, list)
                return compiled
        compiled = _REAL_COMPILE(pattern, flags)
        if not key[1] & re.DEBUG:
            with contextlib.suppress(Exception):  # a Python whose `re` works otherwise
                self.asked[key] = pattern_code(pattern, key[1])
                self.misses += 1
        return compiled

    def save(self) -> None:
        """Write the patterns asked for to the file, when one of them was not in it (or not
        packed)."""
        if self.path is not None and (self.misses > self.saved_misses or self.unpacked_read):
            asked = self.stored | self.asked if self.partial else self.asked
            kept = {key: _packed(entry) for key, entry in asked.items()}
            write_kept(self.path, PATTERNS_VERSION, kept)
            self.saved_misses, self.unpacked_read = self.misses, False

    @contextlib.contextmanager
    def answering(self) -> Iterator[Store]:
        """While the block runs, the patterns compiled by the modules this store keeps come
        from it (see `precompiled`); then the file is written again if one was missing."""
        if re.compile is not _REAL_COMPILE:  # within another language's import: that one answers
            yield self
            return
        re.compile = self.compile
        try:
            yield self
        finally:
            re.compile = _REAL_COMPILE
        self.save()


def unpacked(code: bytes | list[int]) -> list[int]:
    """A pattern's code as `_sre.compile` takes it: a list of its units."""
    if isinstance(code, bytes):
        return array.array(_CODE_UNIT, code).tolist()
    return code


def _packed(entry: KeptCode | PatternCode) -> KeptCode:
    flags, code, groups, names, indexes = entry
    if isinstance(code, list) and _CODE_UNIT:
        with contextlib.suppress(OverflowError):  # a unit past 32 bits: kept as a list
            code = array.array(_CODE_UNIT, code).tobytes()
    return (flags, code, groups, names, indexes)


@contextlib.contextmanager
def precompiled(path: Path | None, modules: str = "narrator.spoken.") -> Iterator[Store]:
    """While the block runs (and imports a language), the patterns that modules named
    ``modules...`` compile come from the file at `path`, which is written again if one was
    missing (see above)."""
    store = Store(path, modules, read_kept(path, PATTERNS_VERSION))
    with store.answering():
        yield store


def store_path(package: str) -> Path | None:
    """Where the compiled patterns of `package` (a language's, already found) are kept."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None or not spec.has_location:
        return None
    return kept_file(spec.origin, "patterns")
