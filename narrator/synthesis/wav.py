"""The WAV files an engine writes: mono, `SAMPLE_BYTES` wide."""

from __future__ import annotations

import wave
from pathlib import Path

from narrator.synthesis.protocol import SAMPLE_BYTES

EMPTY_FRAME_RATE = 22050
"""The rate of a file without speech (espeak-ng's own)."""


def write_wav(path: Path, frame_rate: int, frames: bytes) -> None:
    """Write mono `frames` of `SAMPLE_BYTES` bytes each to the WAV file `path`."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(SAMPLE_BYTES)
        out.setframerate(frame_rate)
        out.writeframes(frames)


def write_empty_wav(path: Path) -> None:
    """Write a WAV file without a frame to `path`."""
    write_wav(path, EMPTY_FRAME_RATE, b"")
