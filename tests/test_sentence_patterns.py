"""pysbd's patterns are compiled once and kept beside the bytecode: a process that finds them
splits as one that compiles them, and compiles (almost) none; a damaged file is ignored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, re
from re import _compiler
compiled = []
real = _compiler.compile
_compiler.compile = lambda p, flags=0: (compiled.append(p), real(p, flags))[1]
from narrator.segmenter import split_sentences
import pysbd, pysbd.languages
start = len(compiled)  # those compiled by the imports are not pysbd's splitting's
text = ("Dr. Smith paid $3.5bn on Nov. 4 at 9:30 a.m. in the U.S. \\"It is over,\\" he said... "
        "The vote came after Mr. Peskov spoke. See www.example.com!")
de = split_sentences("Dr. Weber kam. Er ging.", "de")
print(json.dumps({"en": split_sentences(text), "de": de, "compiled": len(compiled) - start}))
"""


def _run(cache: Path, write: bool = True) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_process_that_finds_the_patterns_splits_alike_and_compiles_few(tmp_path: Path) -> None:
    first = _run(tmp_path)
    [kept] = tmp_path.rglob("sentence-patterns.*.marshal")
    again = _run(tmp_path)
    assert (
        again["en"]
        == first["en"]
        == [  # as pysbd splits it, compiling every pattern
            'Dr. Smith paid $3.5bn on Nov. 4 at 9:30 a.m. in the U.S. "It is over," he said...',
            "The vote came after Mr. Peskov spoke.",
            "See www.example.com!",
        ]
    )
    assert again["de"] == first["de"]
    assert isinstance(first["compiled"], int) and first["compiled"] > 100
    assert isinstance(again["compiled"], int) and again["compiled"] == 0
    kept.write_bytes(b"damaged")
    assert _run(tmp_path) == first  # ignored, compiled, and written again
    assert _run(tmp_path) == again


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path: Path) -> None:
    _run(tmp_path, write=False)
    assert list(tmp_path.rglob("sentence-patterns.*")) == []
