"""A language's rule modules imported when a text first needs them, not with the language.

English has some seventy rule modules; an article's lines match the hints of a fraction of
them (the seed's, fifteen of fifty rules), yet importing them all took half of the rules'
import, before the first chunk of any narration. A language's registry names its modules
through `deferred_modules`, so that ``money.read_money`` and ``money.HINT`` are `Deferred`
references, not imports. What `rule` needs of them before any text comes (the function's
name, whether it reads its lines alone, the hint, the names of the classes it reads in turn)
is kept, as a language's compiled patterns are (`narrator.spoken.precompiled`), in a file
beside its bytecode: the `Manifest`. With it, a rule's function is a `Later`, which imports
its module at its first call; without it (the first import, or a source file of
``narrator.spoken`` changed since), every module is imported as before and the file written.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from narrator.kept_files import PATTERNS_VERSION, kept_file, read_kept, write_kept

if TYPE_CHECKING:
    from narrator.spoken.precompiled import Store


@dataclass(frozen=True, slots=True)
class Deferred:
    """An attribute of a module not imported yet: ``money.HINT`` in a language's registry."""

    module: str
    attribute: str


class DeferredModule:
    """A rule module named in a registry: its attributes are `Deferred` references."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return Deferred(self.name, attribute)

    def __repr__(self) -> str:
        return f"DeferredModule({self.name!r})"


def deferred_modules(package: str, *names: str) -> tuple[Any, ...]:
    """The modules ``package.<name>``, each a `DeferredModule`, in the order named."""
    return tuple(DeferredModule(f"{package}.{name}") for name in names)


def resolved(value: Any) -> Any:
    """``value``, or what a `Deferred` refers to, its module imported."""
    if not isinstance(value, Deferred):
        return value
    return getattr(importlib.import_module(value.module), value.attribute)


class _Later:
    # A function of a module imported at its first call. Its docstring and other attributes
    # are the function's (importing it), as tests and `help` read them.
    __slots__ = ("_function", "_load", "module", "path")

    def __init__(
        self, module: str, path: tuple[str | int, ...], load: Callable[[str], ModuleType]
    ) -> None:
        self.module = module
        self.path = path
        self._load = load
        self._function: Callable[[str], str] | None = None

    def __call__(self, text: str) -> str:
        function = self._function
        if function is None:
            function = self.loaded()
        return function(text)

    def loaded(self) -> Callable[[str], str]:
        """The function, its module imported."""
        function = self._function
        if function is None:
            found: Any = self._load(self.module)
            for step in self.path:
                found = found[step] if isinstance(step, int) else getattr(found, step)
            function = self._function = found
        return function

    @property
    def __doc__(self) -> str | None:  # type: ignore[override]
        return self.loaded().__doc__

    def __getattr__(self, name: str) -> Any:
        return getattr(self.loaded(), name)

    def __repr__(self) -> str:
        return f"<{self.module}.{'.'.join(map(str, self.path))}, imported at its first call>"


Later = _Later
"""A function imported at its first call (see the module's docstring)."""

Key = tuple[str, str, str]
"""A `Deferred`'s module and attribute, and what `rule` reads of it ("function", "hint"...)."""


@dataclass
class Manifest:
    """What a language's rules need of their modules before importing them, kept in a file
    valid while no source file of ``narrator.spoken`` changes (see the module's docstring)."""

    path: Path | None
    sources: tuple[tuple[str, int, int], ...]
    """The name, size and modification time of each source file the rules are made from."""
    store: Store
    """The language's compiled patterns, which the modules imported later compile from."""
    kept: dict[Key, Any] = field(default_factory=dict)
    learned: bool = False

    def known(self, reference: Deferred, role: str) -> Any:
        """What is kept of ``reference`` in ``role``; None where nothing is."""
        return self.kept.get((reference.module, reference.attribute, role))

    def learn(self, reference: Deferred, role: str, what: Any) -> None:
        """Keep ``what`` of ``reference`` in ``role``, for the next process."""
        self.kept[(reference.module, reference.attribute, role)] = what
        self.learned = True

    def later(self, reference: Deferred, *path: str | int) -> Later:
        """``reference`` (then ``path`` in it) as a function imported at its first call."""
        return Later(reference.module, (reference.attribute, *path), self.load)

    def load(self, module: str) -> ModuleType:
        """The module ``module``, imported with its patterns from the language's store."""
        loaded = sys.modules.get(module)
        if loaded is None:
            self.store.partial = True
            with self.store.answering():
                loaded = importlib.import_module(module)
        return loaded

    def save(self) -> None:
        """Write what was learned, for the next process."""
        if self.path is not None and self.learned:
            write_kept(self.path, PATTERNS_VERSION, {"sources": self.sources, **_flat(self.kept)})
            self.learned = False


def _flat(kept: dict[Key, Any]) -> dict[str, Any]:
    return {"\0".join(key): what for key, what in kept.items()}


_ACTIVE: list[Manifest] = []


def active() -> Manifest | None:
    """The manifest of the language being imported, if any."""
    return _ACTIVE[-1] if _ACTIVE else None


@contextlib.contextmanager
def deferring(package: str, origin: str | None, store: Store) -> Iterator[Manifest]:
    """While the block imports ``package`` (whose ``__init__`` is at ``origin``), its rules'
    modules named through `deferred_modules` are imported only where the manifest kept
    beside its bytecode knows what the rules need of them; the manifest is written again
    after the block if anything was learned."""
    path = kept_file(origin, "rules") if origin else None
    sources = _sources(Path(origin).parent) if origin else ()
    kept = read_kept(path, PATTERNS_VERSION)
    manifest = Manifest(path, sources, store)
    if kept.get("sources") == sources:
        manifest.kept = {
            tuple(key.split("\0")): what for key, what in kept.items() if key != "sources"
        }
        # Some modules may never be imported: the store keeps their patterns when written.
        store.partial = bool(manifest.kept)
    _ACTIVE.append(manifest)
    try:
        yield manifest
    finally:
        _ACTIVE.pop()
    manifest.save()


def _sources(package: Path) -> tuple[tuple[str, int, int], ...]:
    """The files of ``package`` and of the rest of ``narrator.spoken`` that its modules may
    read (its tables, the shared rules), with their sizes and modification times."""
    spoken = package.parent
    found: list[tuple[str, int, int]] = []
    folders = [package, spoken]
    while folders:
        folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name == "__pycache__":
                    continue
                if entry.is_dir(follow_symlinks=False):
                    if folder != spoken or entry.name == "common":
                        folders.append(Path(entry.path))
                    continue
                status = entry.stat()
                found.append((entry.path, status.st_size, status.st_mtime_ns))
    return tuple(sorted(found))
