"""A narration finished in the process that stages it imports its encoder and decoded check while
its chunks are spoken, not once the last is: in a fresh interpreter, an audit hook sees the
imports come before the first chunk's levels are written (they are written as each chunk is
measured)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

RUN_AND_RECORD = """
import atexit, json, os, sys
events, main = [], os.getpid()
watched = {"narrator.audio.encoding", "narrator.audio.loudness.lossy"}

def hook(event, args):
    if os.getpid() != main:
        return
    if event == "import" and args[0] in watched:
        events.append(args[0])
    elif event == "open" and str(args[0]).endswith(".lvl"):
        events.append("levels written")

def write():  # at exit, which the command reaches through os._exit (see cli/exit.py)
    if os.getpid() == main:
        with open(log, "w") as file:
            json.dump([e for i, e in enumerate(events) if e not in events[:i]], file)

sys.addaudithook(hook)
log, sys.argv = sys.argv[1], ["narrator", *sys.argv[2:]]
atexit.register(write)
from narrator.cli import run
run()
"""


def _events(tmp_path: Path, *args: str) -> list[str]:
    log = tmp_path / "events.json"
    env = {
        **os.environ,
        "NARRATOR_CACHE_DIR": str(tmp_path / "cache"),
        "NARRATOR_CONFIG_DIR": str(tmp_path / "config"),
        "NARRATOR_STATE_DIR": str(tmp_path / "state"),
    }
    subprocess.run(
        [sys.executable, "-c", RUN_AND_RECORD, str(log), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=True,
        timeout=120,
    )
    events: list[str] = json.loads(log.read_text())
    return events


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
