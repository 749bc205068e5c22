"""The `narrator` command line: options become a NarrationConfig, then one library call.

`commands` holds the click group and its commands, `options` the options generated from one
table, `preferences` the config file, `output` what is printed, `exit` the quick start and end.
"""

from __future__ import annotations

from narrator.cli.commands import main
from narrator.cli.exit import exit_code, quick_exit, run_quickly

__all__ = ["exit_code", "main", "run"]


def run() -> None:
    """The `narrator` command: `main`, with the garbage collector tuned for a short process,
    which ends without tearing the interpreter down."""
    run_quickly(main)


_exit = quick_exit  # the name the tests know the quick exit by
