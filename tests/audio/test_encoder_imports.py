"""A narration finished in the process that stages it imports its encoder and decoded check while
its chunks are spoken, not once the last is: in a fresh interpreter, an audit hook sees the
imports come before the first chunk's levels are written (they are written as each chunk is
measured)."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_events import FileWatch, command_events

_WATCHED = frozenset({"narrator.audio.encoding", "narrator.audio.loudness.lossy"})
_LEVELS = FileWatch("levels written", ".lvl")


def _events(tmp_path: Path, *args: str) -> list[str]:
    return command_events(tmp_path, args, _WATCHED, (_LEVELS,))


@pytest.mark.parametrize(
    ("audio_format", "imported"),
    [
        ("mp3", ["narrator.audio.encoding", "narrator.audio.loudness.lossy"]),
        ("flac", ["narrator.audio.encoding"]),
    ],
)
def test_a_single_save_imports_its_encoder_before_its_chunks_are_measured(
    tmp_path: Path, seed: Path, audio_format: str, imported: list[str]
) -> None:
    out = str(tmp_path / "out")
    events = _events(tmp_path, "save", str(seed), "-o", out, "--format", audio_format)
    assert "levels written" in events
    for module in imported:
        assert events.index(module) < events.index("levels written")
    if audio_format == "flac":
        assert "narrator.audio.loudness.lossy" not in events  # FLAC is not decoded to check


def test_a_wav_save_never_imports_the_encoders(tmp_path: Path, seed: Path) -> None:
    """WAV at a loudness is written by narrator.audio.leveled_ahead: no encoder, no check."""
    events = _events(tmp_path, "save", str(seed), "-o", str(tmp_path / "out"))
    assert "levels written" in events
    assert "narrator.audio.encoding" not in events
    assert "narrator.audio.loudness.lossy" not in events
