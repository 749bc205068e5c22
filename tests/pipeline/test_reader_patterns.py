"""The text readers' patterns, compiled once and kept beside their bytecode as a language's rules
are (narrator.pipeline.warming.import_readers): a second process compiles none of them, and
reads an article as the first did."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED

_IMPORT_READERS = """
import json, re, sys
import narrator.spoken.precompiled as precompiled
compiled = []
real = precompiled._REAL_COMPILE
def counted(pattern, flags=0):  # a reader's text pattern the kept file did not answer
    caller = sys._getframe(2).f_globals.get("__name__", "")
    if (isinstance(pattern, str) and sys._getframe(1).f_code.co_name == "compile"
            and caller.startswith("narrator.readers.")):
        compiled.append(pattern)
    return real(pattern, flags)
precompiled._REAL_COMPILE = re.compile = counted
from narrator.models import NarrationConfig
from narrator.pipeline.planning import read
from narrator.pipeline.warming import import_readers
import_readers()
article = read(sys.argv[1], NarrationConfig())
print(json.dumps({"compiled": len(compiled), "which": [str(p)[:80] for p in compiled],
                  "title": article.title, "sections": repr(article.sections)}))
"""


def _read_seed(bytecode: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(bytecode)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_READERS, str(SEED)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_second_process_compiles_none_of_the_readers_patterns(tmp_path: Path) -> None:
    first, second = _read_seed(tmp_path), _read_seed(tmp_path)
    assert isinstance(first["compiled"], int) and first["compiled"] > 100
    assert second["compiled"] == 0, second["which"]
    assert (first["title"], first["sections"]) == (second["title"], second["sections"])
