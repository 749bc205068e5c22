"""The command runs numpy's BLAS on one thread, unless the user chose otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_SHOW = (
    "import os, sys\n"
    "import narrator.cli.exit as ending\n"
    "def shown(main):\n"
    "    import numpy\n"
    "    print(os.environ['OPENBLAS_NUM_THREADS'], len(os.listdir('/proc/self/task')))\n"
    "ending.run_quickly = shown\n"
    "sys.argv = ['narrator', '--help']\n"
    "from narrator.cli import run\n"
    "run()\n"
)


# OpenBLAS starts its threads, the process's own one among them, when numpy is imported.
@pytest.mark.parametrize(("given", "expected"), [(None, "1 1"), ("2", "2 2")])
def test_numpy_s_blas_threads(given: str | None, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if given is not None:
        env["OPENBLAS_NUM_THREADS"] = given
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-c", _SHOW], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == expected
