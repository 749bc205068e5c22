"""The order of what a `narrator` command does, as its own process sees it: the command is run
in a fresh interpreter under an audit hook that writes down each fork, each import of the
modules watched and each opening of the files watched, in order. Tests of what a command
imports, and when, compare these events and never a time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# Run with: the log to write, the watch (JSON), then the command's arguments. A fork is kept
# each time it happens; anything else only the first time.
_RUN_AND_RECORD = """
import atexit, json, os, sys
events, main = [], os.getpid()
log, watch, sys.argv = sys.argv[1], json.loads(sys.argv[2]), ["narrator", *sys.argv[3:]]
watched = set(watch["imports"])

def hook(event, args):
    if os.getpid() != main:
        return
    if event == "os.fork":
        events.append("fork")
    elif event == "import" and args[0] in watched:
        events.append(args[0])
    elif event == "open":
        for label, ending, writes_only in watch["files"]:
            if str(args[0]).endswith(ending) and (not writes_only or "w" in str(args[1])):
                events.append(label)

def write():  # at exit, which the command reaches through os._exit (see cli/exit.py)
    if os.getpid() == main:
        with open(log, "w") as file:
            json.dump([e for i, e in enumerate(events) if e == "fork" or e not in events[:i]], file)

sys.addaudithook(hook)
atexit.register(write)
from narrator.cli import run
run()
"""


@dataclass(frozen=True)
class FileWatch:
    """A file whose opening is an event: `label` is written down when a path that ends in
    `ending` is opened (only to write, with `writes_only`)."""

    label: str
    ending: str
    writes_only: bool = False


def command_events(
    tmp_path: Path,
    args: tuple[str, ...],
    imports: frozenset[str],
    files: tuple[FileWatch, ...] = (),
    path: str | None = None,
) -> list[str]:
    """What `narrator *args` did, in order: "fork", the modules of `imports` it imported and the
    labels of the `files` it opened. Its cache, config and state folders are in `tmp_path`;
    `path` replaces its PATH."""
    log = tmp_path / "events.json"
    watch = {
        "imports": sorted(imports),
        "files": [(f.label, f.ending, f.writes_only) for f in files],
    }
    env = {
        **os.environ,
        "NARRATOR_CACHE_DIR": str(tmp_path / "cache"),
        "NARRATOR_CONFIG_DIR": str(tmp_path / "config"),
        "NARRATOR_STATE_DIR": str(tmp_path / "state"),
        "PATH": path or os.environ["PATH"],
    }
    subprocess.run(
        [sys.executable, "-c", _RUN_AND_RECORD, str(log), json.dumps(watch), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=True,
        timeout=120,
    )
    events: list[str] = json.loads(log.read_text())
    return events
