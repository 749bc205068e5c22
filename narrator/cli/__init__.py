"""The `narrator` command line: options become a NarrationConfig, then one library call.

`commands` holds the click group and its commands, `options` the options generated from one
table, `preferences` the config file, `output` what is printed, `exit` the quick start and end.
"""

from __future__ import annotations

from narrator.cli.commands import main
from narrator.cli.exit import run_quickly

__all__ = ["main", "run"]


def run() -> None:
    """The `narrator` command: `main`, with the garbage collector tuned for a short process,
    which ends without tearing the interpreter down."""
    run_quickly(main)
