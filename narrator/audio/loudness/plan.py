"""The gain and the limiting of a staged narration, found before anything is encoded.

The staging measured each 100 ms step's K-weighted energy and largest sample. That says, for a
gain, which steps may hold a true peak over the ceiling (a true peak is never more than
`SparseTruePeak.bound` times the samples around it): only those are read back and oversampled,
which gives the few samples the limiter must turn down. Limiting changes only the steps around
them, so only those are measured again to know the loudness after limiting; every other step's
energy is the staged one times the gain squared. When limiting takes too much loudness, the gain
is raised and the search repeated, all before the one encoding. This module decides the gain
(`level_for`); `narrator.audio.loudness.peak_search` finds the peaks for it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from narrator.audio.loudness.limited import limited_lufs
from narrator.audio.loudness.limiter import Gain, Limiter, Lowering, Peaks, Processor
from narrator.audio.loudness.meter import StepLevels
from narrator.audio.loudness.peak_search import PeakSearch

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]

MAX_LIMITING_DB = 12.0
"""The most the gain goes over the plain gain, in dB: past that, the limiter takes nearly all
of it and the loudness barely moves, so a target out of reach is missed, not chased into noise."""
_FIRST_SLOPE = 0.8
"""LU per dB of gain for the first correction: limiting takes a little of each dB."""
_MIN_SLOPE = 0.05
"""Under a low ceiling, a dB more gain can add as little as 0.07 LU: the limiter takes the rest."""
_RETRIES = 4
TOLERANCE_LU = 0.1


class StagedAudio(Protocol):
    """A narration's audio as staged for encoding: measured once, read back at will."""

    @property
    def frame_rate(self) -> int: ...

    def levels(self) -> StepLevels | None:
        """The levels of the whole by 100 ms step, measured as it was staged (None when
        loudness is off)."""

    def blocks(self) -> Iterator[Samples]:
        """The staged audio, in order, in blocks."""

    def read(self, start: int, end: int) -> Samples:
        """The staged samples `start` to `end` (excluded)."""

    # Audio stored as 16-bit samples may also have `gather(pieces, out) -> full scale`, which
    # copies many pieces at once, as stored (see narrator.audio.leveled.StoredChunks.gather).


@dataclass(frozen=True)
class Level:
    """A gain, the peaks it makes the limiter turn down, and the loudness that results."""

    gain_db: float
    peaks: Peaks
    lufs: float

    @property
    def limited(self) -> bool:
        return bool(len(self.peaks))

    def processor(self, rate: int) -> Processor:
        """What applies this level to the stream."""
        gain = _linear(self.gain_db)
        return Limiter(rate, gain, self.peaks) if self.limited else Gain(gain)


def level_for(
    audio: StagedAudio,
    aim_lufs: float,
    ceiling_dbtp: float,
    lowerings: Sequence[Lowering] = (),
    gain_db: float | None = None,
    headroom_db: float = 0.0,
    one_thread: bool = False,
) -> Level:
    """The level that reaches `aim_lufs` with no true peak over `ceiling_dbtp` (less the
    `lowerings`), starting from `gain_db` (the plain gain if None); short of it when the
    limiter would take more than `MAX_LIMITING_DB`. The peaks are searched for `headroom_db`
    past the first gain, so that a gain raised that much needs no second search; on this
    thread alone with `one_thread` (see `PeakSearch`)."""
    levels = audio.levels()
    assert levels is not None
    plain_db = aim_lufs - levels.integrated_lufs()
    gain_db = plain_db if gain_db is None else gain_db
    search = PeakSearch(audio, levels, ceiling_dbtp, lowerings, one_thread)
    search.search(_linear(gain_db + headroom_db))
    tried: list[tuple[float, float, bool]] = []
    level: Level | None = None
    for _ in range(_RETRIES + 1):
        level = None  # its peaks go before the next are found: a long narration has many
        peaks = search.at(_linear(gain_db))
        level = Level(gain_db, peaks, limited_lufs(audio, levels, _linear(gain_db), peaks))
        tried.append((gain_db, level.lufs, level.limited))
        reached = abs(level.lufs - aim_lufs) <= TOLERANCE_LU
        if reached or gain_db >= plain_db + MAX_LIMITING_DB - 0.01:
            break
        gain_db = next_gain_db(tried, aim_lufs, plain_db)
    assert level is not None
    return level


def next_gain_db(tried: list[tuple[float, float, bool]], aim: float, plain_db: float) -> float:
    """The gain that should reach `aim`, by a secant step from the last two (gain, loudness,
    limited) tried."""
    gain_db, lufs, limited = tried[-1]
    slope = _FIRST_SLOPE if limited else 1.0
    if len(tried) > 1 and tried[-2][0] != gain_db:
        change = (lufs - tried[-2][1]) / (gain_db - tried[-2][0])
        slope = min(1.0, max(_MIN_SLOPE, change))
    return min(gain_db + (aim - lufs) / slope, plain_db + MAX_LIMITING_DB)


def _linear(decibels: float) -> float:
    return float(10 ** (decibels / 20))
