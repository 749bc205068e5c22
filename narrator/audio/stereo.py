"""Stereo narrations: the mono narration on both channels.

BS.1770 sums the channels' power, so a mono signal written to two identical channels measures
10·log10(2) = 3.01 dB louder, with the same true peak. A stereo narration at a loudness is
therefore the mono narration set to the target less 3.01 dB (`mono_config`), its samples
written twice, interleaved, where they are written: by the encoders (narrator.audio.codecs,
narrator.audio.lame) for MP3, Ogg and FLAC; for WAV, once the mono files are written
(`to_stereo_wav`), which reads and writes them again (a few tens of ms for a 4-minute article,
less than changing every WAV writer, their links to the chunk cache and their one-system-call
writes). Nothing upstream changes: the speech, its measurement and the limiting are the mono
narration's, and the chunk times, chapters and tags are the same.
"""

from __future__ import annotations

import dataclasses
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING

from narrator.audio import wav
from narrator.audio.wav import (
    HEADER_BYTES,
    AudioFormat,
    WavWriter,
    read_header,
    too_long,
)
from narrator.errors import AudioOutputError
from narrator.models import NarrationConfig

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from narrator.audio.manifest import LoudnessRecord

STEREO_DB = 10 * math.log10(2)
"""How much louder two identical channels measure than one (BS.1770 sums their power)."""

_BLOCK_FRAMES = 1 << 20
"""Frames converted at a time: memory stays flat however long the narration."""


def mono_config(config: NarrationConfig) -> NarrationConfig:
    """The config the mono narration of a stereo one is made with: its target 3.01 dB lower
    (`config` itself for mono, or at the engine's level)."""
    if config.channels == 1 or config.loudness_lufs is None:
        return config
    return dataclasses.replace(config, loudness_lufs=config.loudness_lufs - STEREO_DB)


def stereo_record(record: LoudnessRecord | None, config: NarrationConfig) -> LoudnessRecord | None:
    """The loudness record of the mono narration as its stereo file measures (3.01 dB more),
    its target the one asked for."""
    if record is None or config.channels == 1 or config.loudness_lufs is None:
        return record
    return dataclasses.replace(
        record,
        target_lufs=config.loudness_lufs,
        spoken_lufs=_louder(record.spoken_lufs),
        integrated_lufs=_louder(record.integrated_lufs),
    )


def _louder(lufs: float | None) -> float | None:
    return None if lufs is None else round(lufs + STEREO_DB, 2)


def interleaved(samples: NDArray[np.int16], channels: int) -> NDArray[np.int16]:
    """Mono `samples` on `channels` channels, interleaved (each sample repeated)."""
    import numpy as np

    return samples if channels == 1 else np.repeat(samples, channels)


def to_stereo_wav(path: Path) -> None:
    """Replace the mono WAV `path` (as written here: its audio, then any trailer) by a stereo
    one of the same samples on both channels. Chunk files lose their speech record, so that a
    later narration never takes a stereo file's speech as mono (see narrator.cache.previous);
    the file is replaced, not edited: a chunk file may be a link to the chunk cache."""
    import numpy as np

    size = path.stat().st_size
    with open(path, "rb") as source:
        layout = read_header(source.read(HEADER_BYTES), size)
        if layout is None or layout[0].channels != 1 or layout[0].sample_width != 2:
            raise AudioOutputError(f"'{path}' is not a mono narration file; narrate again")
        mono, frames = layout
        stereo = AudioFormat(mono.frame_rate, mono.sample_width, 2)
        if frames * stereo.frame_bytes > wav.MAX_DATA_BYTES:
            raise too_long(stereo.seconds(frames))
        temporary = path.with_name(f".{path.name}.stereo")
        try:
            with WavWriter(temporary, stereo) as target:
                for start in range(0, frames, _BLOCK_FRAMES):
                    count = min(_BLOCK_FRAMES, frames - start)
                    samples = np.frombuffer(source.read(count * 2), "<i2")
                    if len(samples) != count:
                        raise AudioOutputError(f"'{path}' was cut short; narrate again")
                    target.append_frames(np.repeat(samples, 2).data.cast("B"))
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    os.replace(temporary, path)
