"""What a lossy encoder (MP3, Ogg Vorbis) does to a narration's loudness and peaks.

It changes the loudness a little (MP3 at 64 kbit/s cuts the highs, which K-weighting counts),
measured on a probe of the first 30 seconds; and its decoded output can overshoot the peak
ceiling by an amount that varies with the audio, so the file written is decoded and checked.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from narrator.audio.codecs import EncodedFile, FileFormat, decoded_blocks, to_pcm16
from narrator.audio.loudness.limiter import Lowering
from narrator.audio.loudness.meter import BLOCK_FRAMES, LoudnessMeter, TruePeakEnvelope

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

PROBE_S = 30.0
_CHECK_MARGIN_DB = 0.05
"""What other true-peak meters may read over our 8x one (scipy's resample_poly, 16x: 0.02 dB)."""
_LOWERING_S = 0.05
_LOWERING_MORE_DB = 0.3


def codec_change_db(
    blocks: Iterable[NDArray[np.float64]],
    rate: int,
    probe: Path,
    file_format: FileFormat,
    bitrate_kbps: int,
) -> float:
    """How much a lossy encoder changes the loudness of `blocks`, measured by encoding the
    first 30 seconds into `probe` (deleted after) and decoding them."""
    before, after = LoudnessMeter(rate, true_peak=False), LoudnessMeter(rate, true_peak=False)
    left = round(PROBE_S * rate)
    with EncodedFile(probe, file_format, rate, bitrate_kbps) as encoded:
        for block in blocks:
            block = block[:left]
            before.push(block)
            encoded.write(to_pcm16(block))
            left -= len(block)
            if left <= 0:
                break
    for block in decoded_blocks(probe, BLOCK_FRAMES):
        after.push(block)
    probe.unlink()
    change = after.integrated_lufs - before.integrated_lufs
    return change if math.isfinite(change) else 0.0


def overshoots(path: Path, ceiling_dbtp: float, rate: int) -> list[Lowering]:
    """Where the decoded lossy file's true peak passes `ceiling_dbtp` (less what other meters
    may read over ours), each place widened by 50 ms and lowered by its excess and a little
    more. A lossy encoder's overshoot varies with the audio: the format's margin is an
    estimate, and this is the check."""
    import numpy as np

    ceiling = 10 ** ((ceiling_dbtp - _CHECK_MARGIN_DB) / 20)
    envelope = TruePeakEnvelope(fine=True)
    start = -envelope.delay
    places, peaks = [], []
    for block in decoded_blocks(path, BLOCK_FRAMES):
        levels = envelope.push(block)
        over = np.flatnonzero(levels > ceiling)
        places.append(over + start)
        peaks.append(levels[over])
        start += len(block)
    if not places:
        return []
    return lowerings_at(np.concatenate(places), np.concatenate(peaks) / ceiling, rate)


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
