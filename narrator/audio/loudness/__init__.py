"""Loudness, measured and set while streaming: a narration is never held in memory as a whole.

`meter` measures BS.1770-4 loudness with the K-weighting in `filters` (which also oversamples
for the true peak), `bins` measures a chunk's speech once and integrates a narration's levels
from its chunks', `peaks` oversamples only where a peak may pass a threshold, `plan` finds
the gain and the few places to limit from what the staging measured (`peak_search` reads back
only where a peak may pass the ceiling), `limiter` applies them, `lossy` checks what an MP3 or
Ogg encoder wrote (decoding it a part at a time with `decoded_parts`, screened by the peaks
`step_peaks` recorded), and `normalize` reaches the target: it encodes with the level found
and checks a lossy file.
numpy is imported only when audio is; `lossy` (and the MP3 and Ogg parts it reads) only when an
MP3 or Ogg is checked: a WAV at a loudness never needs it (3.5 ms of imports).
"""

from typing import TYPE_CHECKING, Any

from narrator.audio.loudness.bins import ChunkLevels, Placed, measure_speech, narration_levels
from narrator.audio.loudness.filters import StreamingFir, TruePeakEnvelope, k_weighting
from narrator.audio.loudness.limiter import (
    Gain,
    Limiter,
    Lowering,
    Peaks,
    Processor,
    Ramps,
    gain_curve,
    processed,
)
from narrator.audio.loudness.meter import BLOCK_FRAMES, LoudnessMeter, StepLevels
from narrator.audio.loudness.normalize import encode_to_target
from narrator.audio.loudness.peak_search import peaks_over
from narrator.audio.loudness.peaks import SparseTruePeak
from narrator.audio.loudness.plan import Level, StagedAudio, level_for

if TYPE_CHECKING:
    from narrator.audio.loudness.lossy import Decoded, check_decoded


def __getattr__(name: str) -> Any:
    """`Decoded` and `check_decoded`, from `lossy`, imported when first asked for."""
    if name in ("Decoded", "check_decoded"):
        from narrator.audio.loudness import lossy

        return getattr(lossy, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BLOCK_FRAMES",
    "ChunkLevels",
    "Decoded",
    "Gain",
    "Level",
    "Limiter",
    "LoudnessMeter",
    "Lowering",
    "Peaks",
    "Placed",
    "Processor",
    "Ramps",
    "SparseTruePeak",
    "StagedAudio",
    "StepLevels",
    "StreamingFir",
    "TruePeakEnvelope",
    "check_decoded",
    "encode_to_target",
    "gain_curve",
    "k_weighting",
    "level_for",
    "measure_speech",
    "narration_levels",
    "peaks_over",
    "processed",
]
