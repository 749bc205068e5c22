"""The true peak only where it can matter: over a threshold, checked cheaply first.

Oversampling every sample is most of what limiting costs, yet speech set to a podcast loudness
passes the ceiling in one 10 ms stretch out of fifty. An oversampled sample is a weighted sum of
the input samples around it, so it is never larger than the largest of them times the sum of
the weights' magnitudes: where that bound stays under the threshold, the peak there cannot pass
it, and only the rest is oversampled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from narrator.audio.loudness.filters import TruePeakEnvelope

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]
    Floats = NDArray[np.floating[Any]]

_SPAN = 32
"""Samples per stretch that is bounded, then oversampled or not, as one."""
_NEAR = 1 - 1e-5
"""Single precision's oversampled samples within this ratio of a threshold are checked in
double precision."""
_BANDED_ROWS = 32
"""Stretches oversampled by one matrix product: OpenBLAS runs a product of up to 262144
multiply-adds (32 x 55 x 128 for the 4x filter) on one thread."""


class SparseTruePeak:
    """`TruePeakEnvelope`'s envelope wherever it may pass a threshold, `|samples|` elsewhere:
    the same answer to "where does the true peak pass the threshold?", for a fraction of the
    work. The filters' state carries across pieces, and the output lags as `delay` says."""

    def __init__(self, fine: bool = False) -> None:
        import numpy as np

        full = TruePeakEnvelope(fine)
        self.delay = full.delay
        phases = full.phase_taps
        self._length = max(len(taps) for taps in phases)
        # Shorter phases padded at their end: each output still ends at the same input sample.
        padded = [np.pad(taps, (0, self._length - len(taps))) for taps in phases]
        self._reversed = np.stack(padded, axis=1)[::-1].copy()
        """The phases as columns, reversed: a window of inputs times it convolves."""
        self.bound = max(float(np.abs(taps).sum()) for taps in phases)
        """The most an oversampled sample can exceed the largest input around it, as a ratio."""
        self._history = np.zeros(self._length - 1)
        self._banded: NDArray[np.float32] | None = None

    def push(self, samples: Samples, threshold: float) -> Samples:
        """The envelope of `samples`, exact wherever the true peak may pass `threshold`."""
        import numpy as np
        from numpy.lib.stride_tricks import sliding_window_view

        count = len(samples)
        spans = -(-count // _SPAN)
        extended = np.zeros((spans + 1) * _SPAN)
        extended[: len(self._history)] = self._history
        extended[len(self._history) : len(self._history) + count] = samples
        self._history = extended[count : count + len(self._history)].copy()
        envelope = np.zeros(spans * _SPAN)
        envelope[:count] = np.abs(samples)
        highest = np.abs(extended).reshape(-1, _SPAN).max(axis=1)
        # Output span j reads inputs from span j into span j + 1 (the filter is shorter).
        flagged = np.flatnonzero(np.maximum(highest[:-1], highest[1:]) * self.bound > threshold)
        if len(flagged):
            rows = extended[flagged[:, None] * _SPAN + np.arange(_SPAN + self._length - 1)]
            windows = sliding_window_view(rows, self._length, axis=1)
            oversampled = _largest_phase(windows @ self._reversed)
            spans_out = envelope.reshape(-1, _SPAN)
            spans_out[flagged] = np.maximum(spans_out[flagged], oversampled)
        out: Samples = envelope[:count]
        return out

    def over(
        self, samples: Floats, threshold: float, single: bool = False
    ) -> tuple[NDArray[np.int64], Samples]:
        """Where the envelope of `samples` alone, with silence before and after them, passes
        `threshold`, and its values there: `push`'s envelope shifted back by `delay`, in one
        go, with no history to carry and only the flagged stretches kept. `single`: the
        stretches are oversampled in single precision, by products with a banded matrix (see
        `_banded_phases`), and the few samples near the threshold again in double precision
        (see `_exact`): a third of the cost, for samples that `samples` holds in single
        precision."""
        import numpy as np

        count = len(samples)
        # Output n reads padded[n : n + reach + 1]: the silence before, then the samples.
        padded: Floats = np.zeros(self._padded_length(count), np.float32 if single else np.float64)
        lead = self._length - 1 - self.delay
        padded[lead : lead + count] = samples
        return self.over_padded(padded, count, threshold, single)

    def laid_out(self, count: int) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
        """A buffer of zeros for `over_padded` of `count` samples in single precision, and
        the view of it where they go: samples put there are searched with no copy made."""
        import numpy as np

        padded = np.zeros(self._padded_length(count), dtype=np.float32)
        lead = self._length - 1 - self.delay
        return padded, padded[lead : lead + count]

    def _padded_length(self, count: int) -> int:
        return (-(-count // _SPAN) + 1) * _SPAN

    def over_padded(
        self, padded: Floats, count: int, threshold: float, single: bool = True
    ) -> tuple[NDArray[np.int64], Samples]:
        """`over` of the `count` samples laid out in `padded` as `laid_out` lays them out."""
        import numpy as np
        from numpy.lib.stride_tricks import sliding_window_view

        reach = self._length - 1
        spans = -(-count // _SPAN)
        magnitudes = np.abs(padded)
        # By reduceat and rows of a strided view: numpy reduces a short last axis, and picks
        # elements one by one, twice as slowly.
        highest = np.maximum.reduceat(magnitudes, np.arange(0, len(magnitudes), _SPAN))
        flagged = np.flatnonzero(np.maximum(highest[:-1], highest[1:]) * self.bound > threshold)
        rows = sliding_window_view(padded, _SPAN + reach)[::_SPAN][flagged]
        if single:
            oversampled: Floats = self._banded_phases(rows)
        else:
            windows = sliding_window_view(rows, self._length, axis=1)
            oversampled = _largest_phase(windows @ self._reversed)
        # As in `push`, each output also holds the sample `delay` after it.
        beside = magnitudes[reach : reach + spans * _SPAN].reshape(-1, _SPAN)[flagged]
        envelope = np.maximum(beside, oversampled)
        if not single:
            in_rows, columns = np.nonzero(envelope > threshold)
            places = flagged[in_rows] * _SPAN + columns
            inside = places < count
            return places[inside], envelope[in_rows, columns][inside]
        # BLAS rounds a row's products a little differently by where it is in the block: the
        # few outputs near or over the threshold are computed again, one dot product each.
        in_rows, columns = np.nonzero(envelope > threshold * _NEAR)
        places = flagged[in_rows] * _SPAN + columns
        exact = self._exact(padded, places)
        over = (exact > threshold) & (places < count)
        return places[over], exact[over]

    def _exact(self, padded: Floats, places: NDArray[np.int64]) -> Samples:
        """The envelope at `places` of `over`'s padded samples, in double precision, each
        oversampled sample the same sum of products wherever it is computed (einsum's own
        loop, not BLAS: a quarter of the time of summing the products' array)."""
        import numpy as np

        windows = padded[places[:, None] + np.arange(self._length)].astype(np.float64)
        products = np.einsum("nk,kp->np", windows, self._reversed)
        envelope: Samples = np.abs(products).max(axis=1)
        beside = np.abs(padded[places + self._length - 1].astype(np.float64))
        return np.maximum(envelope, beside)

    def _banded_phases(self, rows: NDArray[np.float32]) -> NDArray[np.float32]:
        """The largest phase magnitude of each output of `rows` (each row: `_SPAN` outputs'
        inputs), through a product with a banded matrix that maps a row's inputs to its
        outputs, phase by phase. BLAS does such products of contiguous rows several times
        faster than numpy's own loop over the windows, however many of the terms are zero;
        `_BANDED_ROWS` rows at a time, which OpenBLAS keeps to one thread (on more, its
        waiting threads spin, and cost ten times the work in CPU time)."""
        import numpy as np

        if self._banded is None:
            phases = self._reversed.shape[1]
            banded = np.zeros((_SPAN + self._length - 1, phases, _SPAN), dtype=np.float32)
            for output in range(_SPAN):
                banded[output : output + self._length, :, output] = self._reversed
            self._banded = banded.reshape(len(banded), phases * _SPAN)
        products = np.empty((len(rows), self._banded.shape[1]), dtype=np.float32)
        for first in range(0, len(rows), _BANDED_ROWS):
            last = first + _BANDED_ROWS
            np.matmul(rows[first:last], self._banded, out=products[first:last])
        np.abs(products, out=products)
        by_phase = products.reshape(len(rows), -1, _SPAN)
        largest = by_phase[:, 0]
        for phase in range(1, by_phase.shape[1]):
            largest = np.maximum(largest, by_phase[:, phase])
        return largest


def _largest_phase(oversampled: NDArray[np.float64]) -> Samples:
    """The largest magnitude over the last axis (the phases), compared pair by pair: numpy
    reduces a short last axis several times slower."""
    import numpy as np

    magnitudes = np.abs(oversampled)
    largest = magnitudes[..., 0]
    for phase in range(1, magnitudes.shape[-1]):
        largest = np.maximum(largest, magnitudes[..., phase])
    return largest
