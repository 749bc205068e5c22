"""A long narration's memory freed while it is made is given back to the kernel as it goes
(narrator.audio.heap), although malloc is told to keep what numpy frees
(narrator.audio.leveled.keep_freed_memory): measured as the resident memory of a fresh process."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

FRAGMENTED = """
import numpy as np
from narrator.audio.leveled import keep_freed_memory

keep_freed_memory()


def resident_mb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20


# FREED_MB arrays of 1 MB freed among blocks kept (a narration's chunks' arrays among its bins),
# too large for the holes left before them: holes malloc keeps, as it is told to.
kept, freed = [], []
for number in range(FREED_MB):
    freed.append(np.ones(1 << 17))
    kept.append(np.ones(1 << 15))
del freed
before = resident_mb()
"""


def _given_back_mb(then: str, freed_mb: int = 48) -> float:
    """The resident memory that `then` gives back, run after `FRAGMENTED` (`freed_mb` freed)."""
    fragmented = FRAGMENTED.replace("FREED_MB", str(freed_mb))
    code = fragmented + textwrap.dedent(then) + "\nprint(before - resident_mb())\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return float(result.stdout)


def _glibc() -> bool:
    import ctypes

    try:
        ctypes.CDLL(None).mallinfo2  # noqa: B018
    except (AttributeError, OSError):
        return False
    return sys.platform == "linux"


pytestmark = pytest.mark.skipif(not _glibc(), reason="glibc's malloc (2.33 or later) only")


def test_malloc_keeps_the_memory_freed_until_it_is_given_back() -> None:
    assert _given_back_mb("") < 8.0
    given = _given_back_mb(
        """
        from narrator.audio.heap import release_freed_memory
        release_freed_memory()
        """
    )
    assert given > 30.0, f"{given:.1f} MB given back"


def test_a_dozen_mb_freed_is_given_back() -> None:
    """A long narration's heap keeps 15 to 20 MB free between its batches of bins: past 16 MB
    only, it was given back about half the time."""
    given = _given_back_mb(
        """
        from narrator.audio.heap import release_freed_memory
        release_freed_memory()
        """,
        freed_mb=12,
    )
    assert given > 9.0, f"{given:.1f} MB given back"


def test_a_long_narrations_bins_give_back_the_memory_freed_as_they_are_gathered() -> None:
    """Each batch of bins integrated (about 11 minutes of speech) gives back what malloc
    keeps free past 16 MB: a 17-hour narration's save kept 20 MB free at its end, which its
    loudness's arrays then did not fit."""
    given = _given_back_mb(
        """
        from narrator.audio.loudness.bins import (
            _BATCH_BINS, ChunkLevels, NarrationBins, Placed,
        )
        bins = _BATCH_BINS // 4
        levels = ChunkLevels(
            22050, bins * 220, np.full(bins, 0.01, np.float32), np.full(bins, 0.5, np.float32)
        )
        gathered = NarrationBins()
        for number in range(4):
            gathered.add(Placed(number * (bins * 220 + 11025), levels))
        """
    )
    assert given > 20.0, f"{given:.1f} MB given back"


def test_a_long_narrations_step_energies_are_given_back_before_its_step_peaks_are_joined() -> None:
    """Its levels made from several batches: the batches' step energies, once joined, are
    given back before the step peaks are joined, where both batches and both whole arrays
    were held at once (the 1 MB article's save: 123.0 -> 120.4 MB at its peak)."""
    given = _given_back_mb(
        """
        from narrator.audio.heap import release_freed_memory
        from narrator.audio.loudness import bins as module
        from narrator.audio.loudness.bins import ChunkLevels, NarrationBins, Placed

        module.release_freed_memory = lambda: None  # none as the batches are gathered
        bins = module._BATCH_BINS // 4
        levels = ChunkLevels(
            22050, bins * 220, np.full(bins, 0.01, np.float32), np.full(bins, 0.5, np.float32)
        )
        gathered = NarrationBins()
        for number in range(8):
            gathered.add(Placed(number * (bins * 220 + 11025), levels))
        module.release_freed_memory = release_freed_memory
        gathered.levels(22050, 8 * (bins * 220 + 11025))
        """
    )
    assert given > 20.0, f"{given:.1f} MB given back"
