"""Loudness, measured and set while streaming: a narration is never held in memory as a whole.

`meter` measures (BS.1770-4 loudness, true peak), `peaks` oversamples only where a peak may
pass a threshold, `limiter` sets a gain and holds the peaks under a ceiling, `lossy` checks
what an MP3 or Ogg encoder wrote, and `normalize` reaches the target: it picks the gain and
checks what was encoded. numpy is imported only when audio is.
"""

from narrator.audio.loudness.limiter import (
    Gain,
    Limiter,
    Lowering,
    Processor,
    processed,
    sliding_min,
)
from narrator.audio.loudness.lossy import Decoded, check_decoded
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
    processor_for,
)
from narrator.audio.loudness.peaks import SparseTruePeak

__all__ = [
    "BLOCK_FRAMES",
    "Decoded",
    "Gain",
    "Limiter",
    "LoudnessMeter",
    "Lowering",
    "Processor",
    "SparseTruePeak",
    "StagedAudio",
    "StreamingFir",
    "TruePeakEnvelope",
    "check_decoded",
    "encode_to_target",
    "k_weighting",
    "processed",
    "processor_for",
    "sliding_min",
]
