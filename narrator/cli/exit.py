"""The `narrator` command's start and end: the garbage collector tuned for a short process, and
an exit that does not tear the interpreter down."""

from __future__ import annotations

import sys
from collections.abc import Callable

COLLECTOR_THRESHOLDS = (50_000, 50, 100)
"""The garbage collector's thresholds for a run of the command, set by `narrator.cli.run`
before anything is imported: a run makes many long-lived objects (click's, the compiled
patterns, the plan) and few cycles, so collecting rarely saves tens of ms."""


def run_quickly(main: Callable[[], object]) -> None:
    """Run `main`, which ends without tearing the interpreter down (the objects left are not
    walked again at exit)."""
    import gc

    try:
        main()
    except SystemExit as exit_:
        quick_exit(exit_)
    finally:
        gc.freeze()


def quick_exit(exit_: SystemExit) -> None:
    """Exit as Python would on `exit_`, but without freeing every module and object one by one
    (6 to 10 ms of each run): the atexit handlers run and the output is flushed, then the
    process ends. Python's own exit is kept while another thread runs, which it waits for, and
    under a profiler or debugger, which reports once the program is over."""
    import atexit
    import os
    import threading

    if threading.active_count() > 1 or sys.getprofile() or sys.gettrace():
        raise exit_
    status = exit_code(exit_.code)
    if not isinstance(exit_.code, int | None):
        print(exit_.code, file=sys.stderr)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be said
            status = status or 120  # what Python's own exit gives when it cannot flush
    os._exit(status)


def exit_code(code: object) -> int:
    """The exit status of `sys.exit(code)`: 0 for None, the number, else 1 (a message)."""
    if code is None:
        return 0
    return code if isinstance(code, int) else 1
