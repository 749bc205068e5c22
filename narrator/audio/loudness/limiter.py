"""Loudness set while streaming: a plain gain, or a gain with true-peak limiting.

`Limiter` applies a gain and holds the true peak under a ceiling with a short look-ahead, lower
where `Lowering`s say a lossy encoder overshot; `Gain` is the processor when no peak needs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Union

from narrator.audio.loudness.peaks import SparseTruePeak

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]


def sliding_min(values: Samples, width: int) -> Samples:
    """`out[k] = values[k : k + width].min()` for every full window, in O(n) (van Herk and
    Gil-Werman: the suffix minimum of one block meets the prefix minimum of the next)."""
    import numpy as np

    count = len(values)
    padded = np.concatenate([values, np.full((-count) % width, np.inf)]).reshape(-1, width)
    prefix = np.minimum.accumulate(padded, axis=1).ravel()
    suffix = np.minimum.accumulate(padded[:, ::-1], axis=1)[:, ::-1].ravel()
    lowest: Samples = np.minimum(suffix[: count - width + 1], prefix[width - 1 : count])
    return lowest


@dataclass(frozen=True)
class Lowering:
    """Samples `start` to `end` of the stream limited `by_db` under the ceiling: where a lossy
    encoder was found to overshoot. Lowerings that overlap add up."""

    start: int
    end: int
    by_db: float


class Limiter:
    """Multiply by `gain`, then turn down the few peaks that would pass `ceiling_dbtp`.

    Look-ahead peak limiting: the gain each sample needs is spread, by a minimum over a window
    and a moving average, into ramps of about 10 ms that reach it before the peak and hold for
    40 ms after, so nothing clicks. The output lags the input by `latency` samples; `flush` gives
    the rest at the end. Output sample n always belongs to input sample n. `lowerings` put
    the ceiling lower in places.
    """

    def __init__(
        self, rate: int, gain: float, ceiling_dbtp: float, lowerings: Sequence[Lowering] = ()
    ) -> None:
        import numpy as np

        self.gain = gain
        self._rate = rate
        self._lowerings = lowerings
        self._ceiling_dbtp = ceiling_dbtp
        self._position = 0
        self._edges, self._lowered_db = _steps(lowerings)
        self._envelope = SparseTruePeak()
        self.limited = False
        """Whether any sample was turned down so far."""
        self._ramp = max(1, round(0.005 * rate))
        self._before = self._ramp + max(1, round(0.04 * rate))
        self._after = self._ramp + self._envelope.delay
        if (self._before + self._after) % 2:
            self._after += 1
        self.latency = self._ramp + self._after
        self._history = self._ramp + self._before
        self._needed = np.ones(self._history)
        self._pending = np.zeros(0)

    def with_gain(self, gain: float) -> Limiter:
        """A new limiter like this one, with another gain and nothing pushed yet."""
        return Limiter(self._rate, gain, self._ceiling_dbtp, self._lowerings)

    def push(self, samples: Samples) -> Samples:
        """The limited output that is ready once `samples` are in (it lags by `latency`)."""
        import numpy as np

        ceilings = self._ceilings(len(samples))
        lowest_ceiling = float(np.min(ceilings))
        # Only where the gained true peak may pass the lowest ceiling is it oversampled.
        envelope = self._envelope.push(samples, lowest_ceiling / self.gain) * self.gain
        needed = np.minimum(1.0, ceilings / np.maximum(envelope, 1e-12))
        self._needed = np.concatenate([self._needed, needed])
        self._pending = np.concatenate([self._pending, samples])
        return self._emit(len(self._pending) - self.latency)

    def _ceilings(self, count: int) -> float | Samples:
        """The linear ceiling for the next `count` samples of the envelope: one number when
        nothing is lowered."""
        # The envelope lags the signal: its sample n is the signal's n - delay.
        start = self._position - self._envelope.delay
        self._position += count
        if not len(self._edges):
            return float(10 ** (self._ceiling_dbtp / 20))
        import numpy as np

        steps = np.searchsorted(self._edges, np.arange(start, start + count), side="right")
        ceilings: Samples = 10 ** ((self._ceiling_dbtp - self._lowered_db[steps]) / 20)
        return ceilings

    def flush(self) -> Samples:
        """The output still held back for look-ahead, at the end of the stream."""
        import numpy as np

        self._needed = np.concatenate([self._needed, np.ones(self.latency)])
        return self._emit(len(self._pending))

    def _emit(self, count: int) -> Samples:
        import numpy as np

        if count <= 0:
            return np.zeros(0)
        window = self._before + self._after + 1
        if self._needed[: count + 2 * self._ramp + window - 1].min() >= 1.0:
            plain: Samples = self._pending[:count] * self.gain
            self._pending = self._pending[count:]
            self._needed = self._needed[count:]
            return plain
        self.limited = True
        lowest = sliding_min(self._needed, window)[: count + 2 * self._ramp]
        sums = np.concatenate([[0.0], np.cumsum(lowest)])
        width = 2 * self._ramp + 1
        smooth = (sums[width : width + count] - sums[:count]) / width
        out: Samples = self._pending[:count] * self.gain * smooth
        self._pending = self._pending[count:]
        self._needed = self._needed[count:]
        return out


def _steps(lowerings: Sequence[Lowering]) -> tuple[NDArray[np.int64], Samples]:
    """The lowerings as a step function: its edges, and the lowering before the first edge,
    between each two, and after the last (overlapping lowerings add up)."""
    import numpy as np

    edges = np.array([edge for x in lowerings for edge in (x.start, x.end)], dtype=np.int64)
    changes = np.array([change for x in lowerings for change in (x.by_db, -x.by_db)])
    order = np.argsort(edges, kind="stable")
    lowered: Samples = np.concatenate([[0.0], np.cumsum(changes[order])])
    return edges[order], lowered


class Gain:
    """One gain for every sample: the processor when no peak needs limiting."""

    def __init__(self, gain: float) -> None:
        self.gain = gain
        self.limited = False

    def push(self, samples: Samples) -> Samples:
        """`samples` times the gain."""
        scaled: Samples = samples * self.gain
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
