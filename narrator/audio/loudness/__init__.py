"""Loudness, measured and set while streaming: a narration is never held in memory as a whole.

`meter` measures (BS.1770-4 loudness, true peak), `limiter` sets a gain and holds the peaks
under a ceiling, `lossy` finds what an MP3 or Ogg encoder changes, and `normalize` reaches the
target: it picks the gain and checks what was encoded. numpy is imported only when audio is.
"""

from narrator.audio.loudness.limiter import (
    Gain,
    Limiter,
    Lowering,
    Processor,
    processed,
    sliding_min,
)
from narrator.audio.loudness.meter import (
    BLOCK_FRAMES,
    LoudnessMeter,
    StreamingFir,
    TruePeakEnvelope,
    k_weighting,
)
from narrator.audio.loudness.normalize import (
    StagedAudio,
    encode_to_target,
    normalizer,
    out_of_reach,
)

__all__ = [
    "BLOCK_FRAMES",
    "Gain",
    "Limiter",
    "LoudnessMeter",
    "Lowering",
    "Processor",
    "StagedAudio",
    "StreamingFir",
    "TruePeakEnvelope",
    "encode_to_target",
    "k_weighting",
    "normalizer",
    "out_of_reach",
    "processed",
    "sliding_min",
]
