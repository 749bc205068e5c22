"""The largest sample of each 100 ms step of a stream, found as the stream passes: recorded as
the samples go to a lossy encoder (narrator.audio.encoding), and of the true peaks decoded,
so that the decoded check (narrator.audio.loudness.lossy) screens the parts it decodes by the
peaks encoded and measures by how much the encoder passes them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from narrator.audio.loudness.meter import STEPS_PER_S

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]


class StepPeaks:
    """The largest magnitude in each 100 ms step of a stream of samples, found block by block
    as the stream passes (on its way to the encoder): a step starts at sample
    `step * rate // 10`, as the loudness steps do."""

    def __init__(self, rate: int, scale: float = 1.0, start: int = 0) -> None:
        self._rate = rate
        self._scale = scale
        """Full scale in the samples' units (32768 for 16-bit samples)."""
        self._position = start
        self._done: list[Samples] = []
        self._current = 0.0
        """The largest magnitude so far in the step the stream is in."""

    def _step(self, sample: int) -> int:
        """The step that `sample` is in (the last whose first sample is not after it)."""
        return (STEPS_PER_S * sample + STEPS_PER_S - 1) // self._rate

    def add(self, magnitudes: NDArray[Any]) -> None:
        """The magnitudes of the next samples of the stream."""
        import numpy as np

        if not len(magnitudes):
            return
        start = self._position
        self._position += len(magnitudes)
        first, last = self._step(start), self._step(self._position - 1)
        cuts = np.arange(first + 1, last + 1) * self._rate // STEPS_PER_S - start
        maxima = np.maximum.reduceat(magnitudes, np.concatenate([[0], cuts])).astype(np.float64)
        maxima[0] = max(maxima[0], self._current)
        self._done.append(maxima[:-1])
        self._current = float(maxima[-1])

    def recorded(self, blocks: Iterable[NDArray[np.int16]]) -> Iterator[NDArray[np.int16]]:
        """`blocks` of 16-bit samples, each added as it passes."""
        import numpy as np

        for block in blocks:
            self.add(np.abs(block.astype(np.int32)))
            yield block

    def peaks(self) -> Samples:
        """Each step's largest magnitude, from the first step of the stream to its last, as a
        ratio to full scale."""
        import numpy as np

        if not self._done:
            return np.zeros(0)
        return np.concatenate([*self._done, [self._current]]) / self._scale
