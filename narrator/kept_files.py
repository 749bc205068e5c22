"""Files kept beside narrator's bytecode, as Python keeps a ``.pyc``: what every process would
work out again, the same way, from the code (the compiled form of regular expressions, the
methods `dataclasses` writes), read back by the next process in a millisecond.

A file holds a marshalled ``(version, kept)``, `version` naming the Python that made it: a file
made by another Python, or damaged, reads as nothing. A file is written whole or not at all (a
temporary file, then renamed), never under ``-B`` or ``$PYTHONDONTWRITEBYTECODE``; one that
cannot be written only costs time.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's matcher: no stubs
import contextlib
import importlib.util
import marshal
import os
import sys
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

PatternKey = tuple[str, int]
"""A pattern and the flags it was compiled with."""
PatternCode = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What `_sre.compile` takes besides the pattern: flags, code, groups, group names both ways."""
PATTERNS_VERSION = (sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)
"""The Python (and its regex matcher) that compiled a file's patterns."""


def kept_file(source: str, name: str) -> Path | None:
    """The file ``<name>.<cache tag>.marshal`` beside the bytecode of the module at `source`;
    None where this Python keeps no bytecode."""
    try:
        bytecode = importlib.util.cache_from_source(source)
    except (NotImplementedError, ValueError):  # no bytecode folder for this Python
        return None
    return Path(bytecode).with_name(f"{name}.{sys.implementation.cache_tag}.marshal")


def read_kept(path: Path | None, version: tuple[Any, ...]) -> dict[Any, Any]:
    """What the file at `path` keeps, if a Python of `version` made it; else nothing."""
    if path is None:
        return {}
    try:
        made_by, kept = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return kept if made_by == version and isinstance(kept, dict) else {}


def write_kept(path: Path, version: tuple[Any, ...], kept: dict[Any, Any]) -> None:
    """Keep `kept` in the file at `path`, made by a Python of `version` (see above)."""
    if sys.dont_write_bytecode:
        return
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps((version, kept)))
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def pattern_code(pattern: str | bytes, flags: int) -> PatternCode:
    """What `re` compiles `pattern` into, as `re._compiler.compile` hands it to `_sre`."""
    parsed = _parser.parse(pattern, flags)
    names = dict(parsed.state.groupdict)
    indexes: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        indexes[index] = name
    code = [int(op) for op in _compiler._code(parsed, flags)]
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, names, tuple(indexes))
