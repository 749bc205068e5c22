"""The true peak only where it can matter: over a threshold, checked cheaply first.

Oversampling every sample is most of what limiting costs, yet speech set to a podcast loudness
passes the ceiling in one 10 ms stretch out of fifty. An oversampled sample is a weighted sum of
the input samples around it, so it is never larger than the largest of them times the sum of
the weights' magnitudes: where that bound stays under the threshold, the peak there cannot pass
it, and only the rest is oversampled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from narrator.audio.loudness.meter import TruePeakEnvelope

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]
    Floats = NDArray[np.floating[Any]]

_SPAN = 32
"""Samples per stretch that is bounded, then oversampled or not, as one."""


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
        self._single = self._reversed.astype(np.float32)

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
        go, with no history to carry and only the flagged stretches kept. `single`: in single
        precision, within a millionth of the double's, for half the memory traffic."""
        import numpy as np
        from numpy.lib.stride_tricks import sliding_window_view

        count = len(samples)
        reach = self._length - 1
        spans = -(-count // _SPAN)
        # Output n reads padded[n : n + reach + 1]: the silence before, then the samples.
        padded = np.zeros((spans + 1) * _SPAN, dtype=np.float32 if single else np.float64)
        padded[reach - self.delay : reach - self.delay + count] = samples
        magnitudes = np.abs(padded)
        highest = magnitudes.reshape(-1, _SPAN).max(axis=1)
        flagged = np.flatnonzero(np.maximum(highest[:-1], highest[1:]) * self.bound > threshold)
        rows = padded[flagged[:, None] * _SPAN + np.arange(_SPAN + reach)]
        windows = sliding_window_view(rows, self._length, axis=1)
        oversampled = _largest_phase(windows @ (self._single if single else self._reversed))
        # As in `push`, each output also holds the sample `delay` after it.
        beside = magnitudes[reach : reach + spans * _SPAN].reshape(-1, _SPAN)[flagged]
        envelope = np.maximum(beside, oversampled)
        in_rows, columns = np.nonzero(envelope > threshold)
        places = flagged[in_rows] * _SPAN + columns
        inside = places < count
        return places[inside], envelope[in_rows, columns][inside].astype(np.float64)


def _largest_phase(oversampled: NDArray[np.float64]) -> Samples:
    """The largest magnitude over the last axis (the phases), compared pair by pair: numpy
    reduces a short last axis several times slower."""
    import numpy as np

    magnitudes = np.abs(oversampled)
    largest = magnitudes[..., 0]
    for phase in range(1, magnitudes.shape[-1]):
        largest = np.maximum(largest, magnitudes[..., phase])
    return largest
