"""What a lossy encoder (MP3, Ogg Vorbis) does to a narration's loudness and peaks.

It changes the loudness a little (MP3 at 64 kbit/s cuts the highs, which K-weighting counts),
and its decoded output can overshoot the peak ceiling by an amount that varies with the audio:
the file written is decoded once, measured, and checked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from narrator.audio.codecs import decoded_blocks
from narrator.audio.loudness.limiter import Lowering
from narrator.audio.loudness.meter import BLOCK_FRAMES, LoudnessMeter
from narrator.audio.loudness.peaks import SparseTruePeak

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

_CHECK_MARGIN_DB = 0.05
"""What other true-peak meters may read over our 8x one (scipy's resample_poly, 16x: 0.02 dB)."""
_LOWERING_S = 0.05
_LOWERING_MORE_DB = 0.3


@dataclass(frozen=True)
class Decoded:
    """What the check of a lossy file found: where it overshoots, and its loudness."""

    lowerings: list[Lowering]
    integrated_lufs: float


def check_decoded(path: Path, ceiling_dbtp: float, rate: int) -> Decoded:
    """Decode the lossy file once: its loudness, and where its true peak passes `ceiling_dbtp`
    (less what other meters may read over ours), each place widened by 50 ms and lowered by
    its excess and a little more. A lossy encoder's overshoot varies with the audio: the
    format's margin is an estimate, and this is the check. Only stretches whose samples come
    near the ceiling are oversampled (see `SparseTruePeak`)."""
    import numpy as np

    ceiling = 10 ** ((ceiling_dbtp - _CHECK_MARGIN_DB) / 20)
    envelope = SparseTruePeak(fine=True)
    meter = LoudnessMeter(rate, true_peak=False)
    start = -envelope.delay
    places, peaks = [], []
    for block in decoded_blocks(path, BLOCK_FRAMES):
        meter.push(block)
        levels = envelope.push(block, ceiling)
        over = np.flatnonzero(levels > ceiling)
        places.append(over + start)
        peaks.append(levels[over])
        start += len(block)
    lowerings: list[Lowering] = []
    if places:
        lowerings = lowerings_at(np.concatenate(places), np.concatenate(peaks) / ceiling, rate)
    return Decoded(lowerings, meter.integrated_lufs)


def lowerings_at(
    places: NDArray[np.int64], ratios: NDArray[np.float64], rate: int
) -> list[Lowering]:
    """The samples at `places`, `ratios` over the ceiling, as lowerings: places closer than
    twice the widening become one."""
    import numpy as np

    widening = round(_LOWERING_S * rate)
    breaks = np.flatnonzero(np.diff(places) > 2 * widening) + 1
    lowerings = []
    for group, ratio in zip(np.split(places, breaks), np.split(ratios, breaks), strict=True):
        if len(group):
            excess_db = 20 * math.log10(float(ratio.max())) + _LOWERING_MORE_DB
            lowerings.append(
                Lowering(int(group[0]) - widening, int(group[-1]) + widening, excess_db)
            )
    return lowerings
