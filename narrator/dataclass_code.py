"""The methods `dataclasses` writes for narrator's classes, compiled once, then kept beside the
bytecode.

`@dataclass` writes each method it adds (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
and a frozen class's ``__setattr__`` and ``__delattr__``) as Python source and compiles it, every
time the class is defined: parsing and compiling that source was a fifth of the instructions of
`narrator save`'s main process (some 40 ms of CPU on 2019 hardware), and as much again in the
planning process. The code compiled from a given source depends only on that source and the
Python that compiled it, so it is kept like bytecode: in one file, in narrator's ``__pycache__``
(or under ``$PYTHONPYCACHEPREFIX``), read back in a millisecond.

`install` has `dataclasses` compile the source of a class defined in a narrator module through
`exec_cached`, which answers from that file; a source missing from it (a new or changed class, or
no file yet) is compiled as `exec` would, and the file is written again when the process ends
(`save`), unless Python writes no bytecode either (``-B``, ``$PYTHONDONTWRITEBYTECODE``). A file
that is damaged, or made by another Python, is ignored; one that cannot be written only costs
time. The methods are the ones `exec` makes of the same source: the same code, file name
("<string>") and compiler flags (none inherited, as in `dataclasses` itself).
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from narrator.kept_files import kept_file, read_kept, write_kept

_VERSION = (sys.version, sys.implementation.cache_tag)
"""The Python a file was made by: one made by another is not read."""
_MAX_KEPT = 2000
"""Past this many sources the file keeps only those asked for by the process writing it (the
rest were left by classes since changed)."""

_stored: dict[str, CodeType] = {}
_asked: set[str] = set()
_added = False
_path: Path | None = None


def install() -> None:
    """Have `dataclasses` compile the methods of narrator's classes through `exec_cached`
    (once per process; Python's own `exec` stays as it is for every other module)."""
    global _path
    if getattr(dataclasses, "exec", None) is exec_cached:
        return
    _path = kept_file(__file__, "dataclass-methods")
    if _path is not None:
        _stored.update(_read(_path))
    # `dataclasses` calls `exec` by its global name: a module global of that name is found
    # before the builtin, for `dataclasses` alone.
    dataclasses.exec = exec_cached  # type: ignore[attr-defined]
    atexit.register(save)


def exec_cached(source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /) -> None:
    """`exec(source, globals, locals)`, the code of a narrator module's `source` kept."""
    module = str((globals or {}).get("__name__", ""))
    if not isinstance(source, str) or not (module == "narrator" or module.startswith("narrator.")):
        builtins.exec(source, globals, locals)
        return
    global _added
    code = _stored.get(source)
    if code is None:
        code = compile(source, "<string>", "exec", dont_inherit=True)
        _stored[source] = code
        _added = True
    _asked.add(source)
    builtins.exec(code, globals, locals)


def save() -> None:
    """Write the file again when this process compiled a source it did not hold (see the
    module's docstring); a process that ends without its exit handlers calls this first."""
    global _added
    if not _added or _path is None or sys.dont_write_bytecode:
        return
    _added = False
    # Another process (the planning process, the next run) may have written it meanwhile.
    stored = {**_read(_path), **_stored}
    kept = stored if len(stored) <= _MAX_KEPT else {s: stored[s] for s in _asked}
    write_kept(_path, _VERSION, kept)


def _read(path: Path) -> dict[str, CodeType]:
    """The sources and code in `path`; none when it is missing, damaged or another Python's."""
    stored = read_kept(path, _VERSION)
    return {s: c for s, c in stored.items() if isinstance(s, str) and isinstance(c, CodeType)}
