"""The `narrator` command line: options become a NarrationConfig, then one library call.

`commands` holds the click group and its commands, `options` the options generated from one
table, `preferences` the config file, `output` what is printed, `exit` the quick start and end.
The commands are imported by `run` (or on first use of `main`), after the planning process is
forked: see `run`.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from narrator.cli.commands import main

__all__ = ["main", "run"]

_ONE_BLAS_THREAD = {"OPENBLAS_NUM_THREADS": "1"}
"""numpy's BLAS on one thread, unless the user says otherwise: the loudness passes' products
are sized for one (on more, the waiting threads spin), the engines have the other cores, and
numpy's import alone took 0.17 CPU-s with a thread per core, 0.09 with one."""

_FORKED_AHEAD = ("speak",)
"""The commands whose planning process is forked before the command line is parsed: `speak`
waits for its article's plan before it says the first chunk. (`save`'s engines start only
once the composition is imported, by which time the chunks are there: a planning process
forked ahead would only add the imports it shares with this one to the CPU time.)"""


def run() -> None:
    """The `narrator` command: `main`, with the garbage collector tuned for a short process,
    which ends without tearing the interpreter down, and numpy's BLAS on one thread. For
    `speak`, the planning process is forked first, and gets ready to read and cut while click
    and the commands are imported."""
    for name, value in _ONE_BLAS_THREAD.items():
        os.environ.setdefault(name, value)
    import gc

    from narrator.cli.exit import COLLECTOR_THRESHOLDS, run_quickly

    # Tuned before the command's imports, which the planning process forked ahead for `speak`
    # shares, and before that process's own: with the default thresholds the collector ran
    # while they were made, on the way to the first audio.
    gc.set_threshold(*COLLECTOR_THRESHOLDS)
    arguments = sys.argv[1:]
    if arguments[:1] and arguments[0] in _FORKED_AHEAD and "--help" not in arguments:
        from narrator.pipeline.planning import fork_ahead

        fork_ahead()
    from narrator.cli.commands import main

    run_quickly(main)


def __getattr__(name: str) -> Any:
    if name == "main":
        from narrator.cli.commands import main

        return main
    raise AttributeError(f"module 'narrator.cli' has no attribute {name!r}")
