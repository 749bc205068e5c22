"""Loudness set while streaming: one gain, turned down only around the peaks found beforehand.

The staged audio is read where its peaks may pass the ceiling (see `narrator.audio.loudness.
plan`), which gives `Peaks`: the few samples whose true peak would pass it, and by how much.
`Limiter` multiplies every sample by the gain, and around those samples only by the gain each
needs, spread into ramps of about 10 ms that reach it before the peak and hold for 40 ms after,
so nothing clicks. Everywhere else it is a plain multiply; it holds nothing back, so output
sample n is input sample n. `Gain` is the processor when no peak needs limiting.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]
    Floats = NDArray[np.floating[Any]]
    """Samples in single or double precision."""

_FILTER_REACH = 16
"""Samples on either side of a peak that the oversampling filter reads (its 96 taps over 4
phases reach 12): the gain is already down to the peak's over them."""


@dataclass(frozen=True)
class Lowering:
    """Samples `start` to `end` of the stream limited `by_db` under the ceiling: where a lossy
    encoder was found to overshoot. Lowerings that overlap add up."""

    start: int
    end: int
    by_db: float


@dataclass(frozen=True)
class Ramps:
    """How far around a peak the gain is turned down, in samples, at a frame rate."""

    ramp: int
    """Half the width of the moving average that smooths the gain: a ramp lasts twice this."""
    attack: int
    """How long before a peak its gain is reached (the ramp starts `ramp` earlier)."""
    hold: int
    """How long after a peak its gain is held (the ramp back ends `ramp` later)."""

    @classmethod
    def at(cls, rate: int) -> Ramps:
        ramp = max(1, round(0.005 * rate))
        return cls(ramp, ramp + _FILTER_REACH, ramp + max(1, round(0.04 * rate)))

    @property
    def before(self) -> int:
        """How far before a peak the gain starts to fall."""
        return self.attack + self.ramp

    @property
    def after(self) -> int:
        """How far after a peak the gain is back up."""
        return self.hold + self.ramp


@dataclass(frozen=True)
class Peaks:
    """Samples whose true peak may pass the ceiling (`places`, in order, in the stream), each
    with that peak as a ratio to the ceiling there: times `gain`, those over 1 pass it, and
    need the gain turned down to 1 over their ratio. Other gains share the arrays."""

    places: NDArray[np.int64]
    ratios: Samples
    gain: float = 1.0

    @classmethod
    def none(cls) -> Peaks:
        import numpy as np

        return cls(np.zeros(0, dtype=np.int64), np.zeros(0))

    def between(self, start: int, end: int) -> tuple[NDArray[np.int64], Samples]:
        """The places from `start` to `end` (excluded) that pass, and the gain each needs."""
        import numpy as np

        first, last = np.searchsorted(self.places, [start, end])
        gained = self.ratios[first:last] * self.gain
        passing = gained > 1.0
        return self.places[first:last][passing], 1.0 / gained[passing]

    def passing(self) -> NDArray[np.int64]:
        """Every place that passes."""
        passing: NDArray[np.int64] = self.places[self.ratios * self.gain > 1.0]
        return passing

    def __len__(self) -> int:
        """How many places pass."""
        import numpy as np

        return int(np.count_nonzero(self.ratios * self.gain > 1.0))


def gain_curve(start: int, end: int, peaks: Peaks, ramps: Ramps) -> Samples:
    """The limiting gain (1 but around the peaks) of samples `start` to `end`: at each, the
    moving average over 2 ramps of the lowest need of the peaks held over it. Exact for any
    span: only the peaks within reach are read."""
    import numpy as np

    return gain_curves(np.array([start]), np.array([end]), peaks, ramps)


def gain_curves(
    starts: NDArray[np.int64], ends: NDArray[np.int64], peaks: Peaks, ramps: Ramps
) -> Samples:
    """`gain_curve` of each span (`starts` to `ends`, in order), one after another, in one go.
    The lowest need held is a step function, with a step where a peak comes within reach and
    where it leaves: its moving average is linear between the places where a step enters or
    leaves the window, so it is found there (from the running sum of the steps) and only
    interpolated between them, one interpolation per sample, where a sliding minimum over
    every sample and its running sum took a dozen passes."""
    import numpy as np

    counts = np.maximum(ends - starts, 0)
    total = int(counts.sum())
    if not total:
        return np.ones(0)
    places, needs = peaks.between(int(starts[0]) - ramps.after, int(ends[-1]) + ramps.before)
    if not len(places):
        return np.ones(total)
    knots, running = _running_depth(places, needs, ramps)
    # The moving average at q is over the lowest need of windows q - after to q - after +
    # width - 1 (see `_running_depth`): it bends where a knot enters or leaves that range.
    width = 2 * ramps.ramp + 1
    bends = _distinct(np.concatenate([knots + (ramps.after - width), knots + ramps.after]))
    averages = np.interp(bends - (ramps.after - width), knots, running)
    averages -= np.interp(bends - ramps.after, knots, running)
    places_out = np.arange(total, dtype=np.float64)
    places_out += np.repeat(starts - (np.cumsum(counts) - counts), counts)
    curves: Samples = np.interp(places_out, bends, 1.0 - averages / width)
    return curves


def _running_depth(
    places: NDArray[np.int64], needs: Samples, ramps: Ramps
) -> tuple[Samples, Samples]:
    """The running sum of the limiting's depth (1 less the lowest need held), at each of its
    steps (`knots`, in order): linear between them, 0 before the first, constant after the
    last. The need of a peak at p is held over q - hold <= p <= q + attack (sorted places:
    at each step, the peaks held are a run of them, whose lowest need one reduction finds)."""
    import numpy as np

    held = ramps.hold + ramps.attack
    # A window's lowest need, by its first sample a: the peaks from a to a + held.
    knots = _distinct(np.concatenate([places - held, places + 1]))
    firsts = np.searchsorted(places, knots, side="left")
    lasts = np.searchsorted(places, knots + held, side="right")
    bounds = np.stack([firsts, lasts], axis=1).ravel()
    lowest = np.minimum.reduceat(np.append(needs, 1.0), bounds)[::2]
    depths = np.where(lasts > firsts, 1.0 - lowest, 0.0)
    running = np.concatenate([[0.0], np.cumsum(depths[:-1] * np.diff(knots))])
    return knots.astype(np.float64), running


def _distinct(values: NDArray[Any]) -> NDArray[Any]:
    """`values` sorted, each once. Not np.unique: its first call imports numpy.ma (10 ms of
    CPU, in a single save after its last chunk)."""
    import numpy as np

    values = np.sort(values)
    keep = np.ones(len(values), dtype=bool)
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    distinct: NDArray[Any] = values[keep]
    return distinct


def clusters(peaks: Peaks, ramps: Ramps) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The spans (their starts, their ends) whose gain the peaks turn down: peaks closer than
    the ramps around them share one."""
    import numpy as np

    places = peaks.passing()
    if not len(places):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    breaks = np.flatnonzero(np.diff(places) > ramps.before + ramps.after + 1) + 1
    firsts = places[np.concatenate([[0], breaks])]
    lasts = places[np.concatenate([breaks - 1, [len(places) - 1]])]
    return firsts - ramps.before, lasts + ramps.after + 1


class Limiter:
    """Multiply by `gain`, and turn down the `peaks` found beforehand that would pass the
    ceiling; nothing is held back."""

    def __init__(self, rate: int, gain: float, peaks: Peaks) -> None:
        self.gain = gain
        self._peaks = peaks
        self._ramps = Ramps.at(rate)
        self._starts, self._ends = clusters(peaks, self._ramps)
        self._position = 0
        self.limited = bool(len(peaks))
        """Whether any sample is turned down."""

    def push(self, samples: Samples) -> Samples:
        """`samples`, the continuation of the stream, limited."""
        import numpy as np

        start = self._position
        self._position += len(samples)
        limited: Samples = self.at(start, samples).astype(np.float64, copy=False)
        return limited

    def at(self, start: int, samples: Floats) -> Floats:
        """`samples`, found at `start` in the stream, limited: any span, in any order (from
        any thread), as the stream pushed whole would have them."""
        return self._limited(start, samples * self.gain)

    def at_pcm16(self, start: int, samples: NDArray[np.int16]) -> NDArray[np.float32]:
        """`at` for 16-bit samples, in single precision: in 16-bit units, their products with
        the gain made in one pass, then limited in place."""
        import numpy as np

        scaled = np.multiply(samples, np.float32(self.gain), dtype=np.float32)
        limited: NDArray[np.float32] = self._limited(start, scaled)
        return limited

    def _limited(self, start: int, out: Floats) -> Floats:
        """`out`, samples at `start` times the gain, limited in place."""
        import numpy as np

        end = start + len(out)
        # The spans that end after this block starts and start before it ends, their gain
        # curves found in one go.
        first = int(np.searchsorted(self._ends, start, side="right"))
        last = int(np.searchsorted(self._starts, end, side="left"))
        if first == last:
            return out
        starts = np.maximum(self._starts[first:last], start)
        ends = np.minimum(self._ends[first:last], end)
        curves = gain_curves(starts, ends, self._peaks, self._ramps)
        done = 0
        for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
            out[a - start : b - start] *= curves[done : done + b - a]
            done += b - a
        return out

    def flush(self) -> Samples:
        """Nothing: the limiter holds nothing back."""
        import numpy as np

        return np.zeros(0)


class Gain:
    """One gain for every sample: the processor when no peak needs limiting."""

    def __init__(self, gain: float) -> None:
        self.gain = gain
        self.limited = False

    def push(self, samples: Samples) -> Samples:
        """`samples` times the gain."""
        scaled: Samples = samples * self.gain
        return scaled

    def at(self, start: int, samples: Floats) -> Floats:
        """`samples` times the gain, wherever they are in the stream."""
        del start
        scaled: Floats = samples * self.gain
        return scaled

    def at_pcm16(self, start: int, samples: NDArray[np.int16]) -> NDArray[np.float32]:
        """`at` for 16-bit samples, in single precision, in 16-bit units, in one pass."""
        import numpy as np

        del start
        scaled: NDArray[np.float32] = np.multiply(samples, np.float32(self.gain), dtype=np.float32)
        return scaled

    def flush(self) -> Samples:
        """Nothing: a plain gain holds nothing back."""
        import numpy as np

        return np.zeros(0)


Processor = Union[Gain, Limiter]  # noqa: UP007 - evaluated at run time, where numpy types are not


def processed(blocks: Iterable[Samples], processor: Processor) -> Iterator[Samples]:
    """`blocks` through `processor`, then what it held back at the end."""
    for block in blocks:
        yield processor.push(block)
    yield processor.flush()


def lowered_ceilings(
    ceiling_dbtp: float, lowerings: Sequence[Lowering], places: NDArray[np.int64]
) -> Samples:
    """The linear ceiling at each of `places`: `ceiling_dbtp` less the lowerings there."""
    import numpy as np

    lowered = np.zeros(len(places))
    for lowering in lowerings:
        inside = (places >= lowering.start) & (places < lowering.end)
        lowered[inside] += lowering.by_db
    ceilings: Samples = 10 ** ((ceiling_dbtp - lowered) / 20)
    return ceilings
