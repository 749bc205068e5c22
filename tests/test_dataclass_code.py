"""The methods of narrator's dataclasses are compiled once and kept beside the bytecode: a run
that finds them makes the same methods as one that compiles them; a damaged file is ignored;
other modules' dataclasses are left to Python."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Defines narrator's models and a dataclass of a module of its own, and reports what it made.
PROBE = """
import dataclasses, json, sys, types
from narrator import dataclass_code, models
config = models.NarrationConfig(rate_wpm=200)
chunk = models.Chunk(0, None, models.ChunkKind.TITLE, "Hi.", "Hi.", 0.5)
try:
    chunk.text = "changed"
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
own = sys.modules[__name__].__dict__
exec("import dataclasses\\n@dataclasses.dataclass(frozen=True)\\nclass Own:\\n    x: int", own)
other = types.ModuleType("narratorish")  # another package whose name begins alike
sys.modules["narratorish"] = other
asked = len(dataclass_code._asked)
exec("import dataclasses\\n@dataclasses.dataclass\\nclass Other:\\n    y: int", other.__dict__)
init = models.NarrationConfig.__init__.__code__
print(json.dumps({
    "kept": len(dataclass_code._stored),
    "compiled": dataclass_code._added,
    "asked": len(dataclass_code._asked),
    "replaced": config == dataclasses.replace(models.NarrationConfig(), rate_wpm=200),
    "repr": repr(chunk),
    "hash": hash(chunk) == hash(models.Chunk(0, None, models.ChunkKind.TITLE, "Hi.", "Hi.", 0.5)),
    "frozen": frozen,
    "own": repr(Own(1)),
    "other kept": len(dataclass_code._asked) - asked,
    "init": [init.co_filename, init.co_varnames[:3], init.co_flags],
}))
"""


def _run(cache: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _kept_file(cache: Path) -> Path:
    [found] = cache.rglob("dataclass-methods.*.marshal")
    return found


def test_a_run_that_finds_the_methods_makes_the_same_ones(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert _kept_file(tmp_path).stat().st_size > 0
    again = _run(tmp_path)
    assert first.pop("kept") == again.pop("kept")
    assert (first.pop("compiled"), again.pop("compiled")) == (True, False)
    assert first == again
    assert again["replaced"] and again["hash"] and again["frozen"]
    assert again["repr"] == (
        "Chunk(index=0, section=None, kind=<ChunkKind.TITLE: 'title'>, text='Hi.', "
        "spoken='Hi.', pause_after_s=0.5)"
    )
    assert again["own"] == "Own(x=1)"  # the probe's own class: compiled by Python, not kept
    assert again["other kept"] == 0
    assert again["init"] == ["<string>", ["self", "voice", "rate_wpm"], first["init"][2]]


def test_a_damaged_file_is_ignored_and_written_again(tmp_path: Path) -> None:
    _run(tmp_path)
    kept = _kept_file(tmp_path)
    kept.write_bytes(b"not marshal data")
    result = _run(tmp_path)
    assert result["frozen"] and result["own"] == "Own(x=1)"
    assert kept.stat().st_size > 100


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": str(tmp_path)}
    subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, check=True)
    assert list(tmp_path.rglob("dataclass-methods.*")) == []
