"""What a lossy encoder (MP3, Ogg Vorbis) does to a narration's loudness and peaks.

It changes the loudness a little (MP3 at 64 kbit/s cuts the highs, which K-weighting counts),
and its decoded output can overshoot the peak ceiling by an amount that varies with the audio:
the file written is decoded once, measured, and checked. An MP3 of LAME's is decoded in parts
cut from its frames (see narrator.audio.mp3_cuts.cut), one per core at a time, on threads:
mpg123 and numpy let go of the GIL while they work.
"""

from __future__ import annotations

import math
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from narrator.audio.codecs import decoded_blocks
from narrator.audio.lame_parallel import threads
from narrator.audio.loudness.limiter import Lowering
from narrator.audio.loudness.meter import (
    BLOCK_FRAMES,
    LoudnessMeter,
    StepLevels,
)
from narrator.audio.loudness.peaks import SparseTruePeak
from narrator.audio.mp3_cuts import Mp3File, cut, read_mp3, silenced_frames
from narrator.errors import AudioOutputError

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]

_CHECK_MARGIN_DB = 0.05
"""What other true-peak meters may read over our 8x one (scipy's resample_poly, 16x: 0.02 dB)."""
_LOWERING_S = 0.05
_LOWERING_MORE_DB = 0.3
_PART_STEPS = 200
"""100 ms steps in each part of an MP3 decoded at once: 20 s, 3.5 MB as floats."""
_PART_MARGIN = 64
_PART_BLOCK = 1 << 15
"""Samples of a part measured at once: the oversampling's temporaries, on each thread, take
about 60 bytes for each of them."""
"""Samples decoded on either side of a part: more than the oversampling filter reaches."""
_STEPS_PER_S = 10


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
    mp3 = read_mp3(path) if path.suffix == ".mp3" else None
    silenced = silenced_frames(rate, mp3.bitrate_kbps) if mp3 is not None else None
    if mp3 is None or silenced is None or mp3.header.rate != rate:
        return _check_whole(path, ceiling, rate)
    steps = -(-mp3.samples * _STEPS_PER_S // rate)
    spans = [(step, min(steps, step + _PART_STEPS)) for step in range(0, steps, _PART_STEPS)]
    with (
        tempfile.TemporaryDirectory(prefix="narrator-check-") as folder,
        ThreadPoolExecutor(threads(), thread_name_prefix="narrator-check") as pool,
    ):

        def check(span: tuple[int, int]) -> _Part:
            piece = Path(folder) / f"{span[0]}.mp3"
            return _check_part(mp3, span, piece, silenced, ceiling)

        parts = list(pool.map(check, spans))
    energies = np.concatenate([np.zeros(0), *(part.energies for part in parts)])
    levels = StepLevels(rate, mp3.samples, energies, np.zeros(len(energies)))
    places = np.concatenate([np.zeros(0, dtype=np.int64), *(part.places for part in parts)])
    ratios = np.concatenate([np.zeros(0), *(part.peaks for part in parts)]) / ceiling
    return Decoded(lowerings_at(places, ratios, rate), levels.integrated_lufs())


@dataclass(frozen=True)
class _Part:
    """What a part of a decoded file holds: its steps' K-weighted energies, and the places
    (in the whole) whose true peak passes the ceiling, with those peaks."""

    energies: Samples
    places: NDArray[np.int64]
    peaks: Samples


def _check_part(
    mp3: Mp3File, span: tuple[int, int], piece: Path, silenced: int, ceiling: float
) -> _Part:
    """Steps `span` of the MP3, decoded from a piece cut from its frames into the file
    `piece` (libsndfile then reads it without calling Python), a little more on either side,
    so that the oversampling sees every sample it needs."""
    import numpy as np

    rate = mp3.header.rate
    start = span[0] * rate // _STEPS_PER_S
    end = min(mp3.samples, span[1] * rate // _STEPS_PER_S)
    first, last = max(0, start - _PART_MARGIN), min(mp3.samples, end + _PART_MARGIN)
    piece.write_bytes(cut(mp3, first, last, silenced))
    envelope = SparseTruePeak(fine=True)
    meter = LoudnessMeter(rate, true_peak=False)
    position = first
    places, peaks = [], []
    for block in decoded_blocks(piece, _PART_BLOCK):
        meter.push(block[max(0, start - position) : max(0, end - position)])
        levels = envelope.push(block, ceiling)
        over = np.flatnonzero(levels > ceiling)
        places.append(over + position - envelope.delay)
        peaks.append(levels[over])
        position += len(block)
    if position != last:
        raise AudioOutputError(f"the MP3 {mp3.path.name} decodes short; narrate again")
    at = np.concatenate([np.zeros(0, dtype=np.int64), *places])
    inside = (at >= start) & (at < end)
    energies = meter.levels().energies[: span[1] - span[0]]
    return _Part(energies, at[inside], np.concatenate([np.zeros(0), *peaks])[inside])


def _check_whole(path: Path, ceiling: float, rate: int) -> Decoded:
    """The check, the file decoded whole in blocks."""
    import numpy as np

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
