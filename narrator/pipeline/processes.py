"""Child processes: how many engines run, when one can be forked, and how it never outlives the
command."""

from __future__ import annotations

import os
import signal
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from narrator.models import NarrationConfig

if sys.platform == "linux":
    # For `end_with`, which each child calls first: imported before the fork, in a parent
    # whose engine imports it anyway, so that no child pays its 1.3 ms of CPU again.
    import ctypes


def job_count(config: NarrationConfig) -> int:
    """The number of engines to run: the config's, or one per CPU core."""
    return max(1, config.jobs or os.cpu_count() or 1)


def can_fork() -> bool:
    """Whether this process can be forked safely: on Linux, with no other thread, and no speech
    engine running a thread of its own (a fork would copy its state half-made; narrator runs
    espeak-ng without one). The engine is asked only if it has been loaded."""
    if sys.platform != "linux" or not hasattr(os, "fork") or threading.active_count() > 1:
        return False
    synthesis = sys.modules.get("narrator.synthesis")
    return synthesis is None or bool(synthesis.engine_can_be_forked())


def end_with(parent: int) -> None:
    """Have the kernel end this process when `parent` ends, even killed (Linux): a child left
    behind would wait forever on a pipe that another child of that parent still holds open."""
    if sys.platform != "linux":
        return
    set_parent_death_signal = 1  # PR_SET_PDEATHSIG
    ctypes.CDLL(None, use_errno=True).prctl(set_parent_death_signal, signal.SIGKILL)
    if os.getppid() != parent:  # it ended before the request was made
        os._exit(0)
