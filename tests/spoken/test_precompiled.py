"""A language's patterns, compiled once and kept beside its bytecode (narrator.spoken.precompiled):
a second process compiles none of English's, what it reads back is what `re` compiles, and a
damaged, foreign or unwritable file only costs the compilation."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from narrator.kept_files import PATTERNS_VERSION, read_kept
from narrator.spoken.precompiled import precompiled, unpacked

_IMPORT_ENGLISH = """
import json, re
from narrator.spoken.precompiled import precompiled, store_path
path = store_path("narrator.spoken.en")
with precompiled(path) as store:
    import narrator.spoken.en
missed = [pattern for pattern, _ in store.asked if (pattern, _) not in store.stored]
print(json.dumps({"path": str(path), "hits": store.hits, "misses": store.misses,
                  "missed": missed}))
"""


def _import_english(bytecode: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(bytecode)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_ENGLISH], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def english_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], ...]:
    """Two imports of English, one after the other, with a bytecode folder of their own."""
    bytecode = tmp_path_factory.mktemp("bytecode")
    return _import_english(bytecode), _import_english(bytecode)


def test_a_second_process_compiles_none_of_the_patterns_of_english(
    english_store: tuple[dict[str, object], ...],
) -> None:
    first, second = english_store
    assert first["misses"] and not first["hits"]
    # A pattern made from a set would differ from one process to the next: it is never found.
    assert second["missed"] == [], "patterns that change between processes (sort the sets)"
    assert second["hits"] == first["misses"]
    assert Path(str(second["path"])).is_file()


_IMPORT_LANGUAGE = """
import json, sys
from narrator.spoken.precompiled import precompiled, store_path
package = "narrator.spoken." + sys.argv[1]
with precompiled(store_path(package)) as store:
    __import__(package)
missed = [pattern for pattern, flags in store.asked if (pattern, flags) not in store.stored]
print(json.dumps(missed))
"""


@pytest.mark.parametrize("language", ["de", "es", "fr", "it", "pt", "ru"])
def test_no_language_compiles_a_pattern_again_in_a_second_process(
    tmp_path: Path, language: str
) -> None:
    # A pattern made from a set, in an order that differs from one process to the next, is
    # never found: each process compiles it and writes its language's whole file again.
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for _ in range(2):
        command = [sys.executable, "-c", _IMPORT_LANGUAGE, language]
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [], "patterns that change between processes (sort the sets)"


def test_every_pattern_read_back_is_the_pattern_re_compiles(
    english_store: tuple[dict[str, object], ...],
) -> None:
    entries = read_kept(Path(str(english_store[0]["path"])), PATTERNS_VERSION)
    assert len(entries) > 100
    for (pattern, flags), (kept_flags, code, *names) in entries.items():
        assert isinstance(code, bytes)  # packed, not a list of numbers to unmarshal
        # Patterns are equal when their pattern, flags and matcher's code are.
        compiled = _sre.compile(pattern, kept_flags, unpacked(code), *names)
        assert compiled == re.compile(pattern, flags), pattern


def _compiled_here(path: Path, pattern: str = r"(?P<year>\d{4})s\b") -> tuple[int, int]:
    """Compile `pattern` as a language module would, with the file at `path`; (hits, misses)."""
    with precompiled(path, modules=__name__) as store:
        decades = re.compile(pattern)
    assert decades.sub(r"the \g<year>s", "1980s") == "the 1980s"
    assert re.compile is not store.compile  # restored
    return store.hits, store.misses


@pytest.fixture
def writing_bytecode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


@pytest.mark.usefixtures("writing_bytecode")
def test_a_missing_pattern_is_compiled_and_kept_for_the_next_time(tmp_path: Path) -> None:
    path = tmp_path / "__pycache__" / "patterns.marshal"
    assert _compiled_here(path) == (0, 1)
    assert _compiled_here(path) == (1, 0)


@pytest.mark.parametrize("damage", ["garbage", "empty", "another python", "bad code", "bad flags"])
@pytest.mark.usefixtures("writing_bytecode")
def test_a_damaged_or_foreign_file_only_costs_the_compilation(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "patterns.marshal"
    _compiled_here(path)
    version, entries = marshal.loads(path.read_bytes())
    if damage == "garbage":
        path.write_bytes(b"\x00not marshal" * 10)
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "another python":
        path.write_bytes(marshal.dumps((("3.99.0", *version[1:]), entries)))
    elif damage == "bad code":
        entries = {key: (entry[0], [1, 2, 3], *entry[2:]) for key, entry in entries.items()}
        path.write_bytes(marshal.dumps((version, entries)))
    else:  # compiled with the flags it is compiled with, not the file's
        entries = {key: ("no flags", *entry[1:]) for key, entry in entries.items()}
        path.write_bytes(marshal.dumps((version, entries)))
    assert _compiled_here(path) == (0, 1)
    assert _compiled_here(path) == (1, 0)  # written again, whole


@pytest.mark.usefixtures("writing_bytecode")
def test_a_file_of_unpacked_code_is_read_and_written_again_packed(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    _compiled_here(path)
    version, entries = marshal.loads(path.read_bytes())
    listed = {key: (entry[0], unpacked(entry[1]), *entry[2:]) for key, entry in entries.items()}
    path.write_bytes(marshal.dumps((version, listed)))
    assert _compiled_here(path) == (1, 0)
    assert marshal.loads(path.read_bytes()) == (version, entries)


@pytest.mark.usefixtures("writing_bytecode")
def test_a_pattern_of_bytes_is_kept_too(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    for hits_and_misses in ((0, 1), (1, 0)):
        with precompiled(path, modules=__name__) as store:
            charset = re.compile(rb"charset=(?P<name>[\w-]+)", re.IGNORECASE)
        assert (store.hits, store.misses) == hits_and_misses
        assert charset == re.compile(rb"charset=(?P<name>[\w-]+)", re.IGNORECASE)
        found = charset.search(b"<meta CHARSET=utf-8>")
        assert found is not None and found["name"] == b"utf-8"


def test_no_file_is_written_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "patterns.marshal"
    assert _compiled_here(path) == (0, 1)
    assert not path.exists()


@pytest.mark.usefixtures("writing_bytecode")
def test_a_folder_that_cannot_be_written_only_costs_time(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("a file where the folder would be")
    path = tmp_path / "blocker" / "patterns.marshal"
    assert _compiled_here(path) == (0, 1)
    assert _compiled_here(path) == (0, 1)
    assert list(tmp_path.iterdir()) == [tmp_path / "blocker"]


def test_the_patterns_of_other_modules_are_compiled_as_usual(tmp_path: Path) -> None:
    with precompiled(tmp_path / "patterns.marshal", modules="narrator.spoken.") as store:
        re.compile(r"\d+ apples")  # this module is not a language's
    assert (store.hits, store.misses) == (0, 0)
