"""Child processes that never outlive the command that started them."""

from __future__ import annotations

import os
import signal
import sys


def end_with(parent: int) -> None:
    """Have the kernel end this process when `parent` ends, even killed (Linux): a child left
    behind would wait forever on a pipe that another child of that parent still holds open."""
    if sys.platform != "linux":
        return
    import ctypes

    set_parent_death_signal = 1  # PR_SET_PDEATHSIG
    ctypes.CDLL(None, use_errno=True).prctl(set_parent_death_signal, signal.SIGKILL)
    if os.getppid() != parent:  # it ended before the request was made
        os._exit(0)
