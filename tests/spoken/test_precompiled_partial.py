"""A store of compiled patterns written by a process that imported a language's modules only
in part (narrator.spoken.deferred) keeps the patterns of the modules it did not import."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from narrator.kept_files import PATTERNS_VERSION, read_kept
from narrator.spoken.deferred import Deferred, deferring
from narrator.spoken.precompiled import Store, precompiled


@pytest.mark.parametrize("partial", [False, True])
def test_a_partial_import_keeps_what_the_store_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, partial: bool
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "patterns.marshal"
    with precompiled(path, modules=__name__) as store:
        re.compile("held(?:a|b)")
    assert store.misses == 1
    with precompiled(path, modules=__name__) as store:
        store.partial = partial
        re.compile("new(?:c|d)")  # a miss: the file is written again
    kept = {pattern for pattern, _ in read_kept(path, PATTERNS_VERSION)}
    assert kept == ({"held(?:a|b)", "new(?:c|d)"} if partial else {"new(?:c|d)"})


def test_a_fresh_manifest_makes_the_store_partial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    package = tmp_path / "spoken" / "xx"
    package.mkdir(parents=True)
    origin = package / "__init__.py"
    origin.write_text("")
    first, second = Store(None, "xx."), Store(None, "xx.")
    with deferring("xx", str(origin), first) as manifest:
        manifest.learn(Deferred("xx.rule", "HINT"), "hint", ("pattern", ("a", 0)))
    with deferring("xx", str(origin), second):
        pass
    assert (first.partial, second.partial) == (False, True)
