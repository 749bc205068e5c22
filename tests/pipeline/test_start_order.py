"""What a command does first: a first `save` starts its engines before it imports the writer;
an unchanged narration never imports the writer. Each is an order of events (forks, imports) seen by
an audit hook in a fresh interpreter, never a time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Runs the `narrator` command in this interpreter, and writes down each fork and each import of
# the modules watched, in order, as the command's own process saw them.
RUN_AND_RECORD = """
import atexit, json, os, sys
events, main = [], os.getpid()
watched = {"click", "narrator.audio.writer", "narrator.pipeline.finishing"}

def hook(event, args):
    if os.getpid() != main:
        return
    if event == "os.fork":
        events.append("fork")
    elif event == "import" and args[0] in watched:
        events.append(args[0])

def write():  # at exit, which the command reaches through os._exit (see cli/exit.py)
    if os.getpid() == main:
        with open(log, "w") as file:
            json.dump([e for i, e in enumerate(events) if e == "fork" or e not in events[:i]], file)

sys.addaudithook(hook)
log, sys.argv = sys.argv[1], ["narrator", *sys.argv[2:]]
atexit.register(write)
from narrator.cli import run
run()
"""


def _events(tmp_path: Path, *args: str, path: str | None = None) -> list[str]:
    log = tmp_path / "events.json"
    env = {
        **os.environ,
        "NARRATOR_CACHE_DIR": str(tmp_path / "cache"),
        "NARRATOR_CONFIG_DIR": str(tmp_path / "config"),
        "NARRATOR_STATE_DIR": str(tmp_path / "state"),
        "PATH": path or os.environ["PATH"],
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


def test_a_first_save_starts_its_engines_before_it_imports_the_writer(
    tmp_path: Path, seed: Path
) -> None:
    out = str(tmp_path / "out")
    events = _events(tmp_path, "save", str(seed), "-o", out, "--loudness", "off", "--jobs", "2")
    # The planning process, then the two engine workers, then what writes the narration.
    assert events[events.index("click") + 1 :][:3] == ["fork", "fork", "fork"]
    assert events.index("narrator.audio.writer") > 3
    assert "narrator.pipeline.finishing" in events


def test_an_unchanged_narration_never_imports_the_writer(tmp_path: Path, seed: Path) -> None:
    args = ("save", str(seed), "-o", str(tmp_path / "out"), "--loudness", "off")
    assert "narrator.audio.writer" in _events(tmp_path, *args)
    again = _events(tmp_path, *args)
    assert "narrator.audio.writer" not in again
    assert "narrator.pipeline.finishing" not in again
    assert again.count("fork") == 1  # the planning process: no engine was started
