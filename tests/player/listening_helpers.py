"""For the listening tests: an article with sections, a stand-in `aplay` that plays in real time,
and `narrator speak` run in a pseudo-terminal."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parents[2]

ARTICLE = """Harbour town rebuilds its old sea wall

By A. Reporter

Work began on Monday to rebuild the sea wall that has guarded the harbour for two centuries. \
The council says the job will take three years and cost a little over four million pounds.

Fishermen welcomed the news. They have watched the wall crumble for a decade, and winter storms \
now push water into the lanes behind the quay.

THE PLAN

Engineers will build a new wall of concrete behind the old stone one. The stones will then be \
cleaned and set back in place, so that the harbour looks the way it always has.

A temporary breakwater will protect the boats while the work goes on.

THE MONEY

Most of the money comes from a national fund for coastal towns. The rest will be raised by the \
council over the next five years.

Some residents say the town should have acted sooner, when the work would have cost far less.
"""

STAND_IN_APLAY = """#!{python}
# A stand-in for aplay that behaves like a real device: it takes the audio in at the rate it would
# be played, logging "pid time event bytes" lines, so a stopped (SIGSTOP) player stops advancing.
import os, sys, time
log = os.environ["FAKE_APLAY_LOG"]
args = sys.argv[1:]
def note(event, count):
    with open(log, "a") as out:
        out.write(f"{{os.getpid()}} {{time.time():.4f}} {{event}} {{count}}\\n")
if "raw" not in args:
    note("probe", 0)
    sys.exit(0)
rate = int(args[args.index("-r") + 1])
channels = int(args[args.index("-c") + 1])
width = {{"U8": 1, "S16_LE": 2, "S32_LE": 4}}[args[args.index("-f") + 1]]
per_second = rate * channels * width
note("start", os.fstat(0).st_size)
played = 0
while data := os.read(0, per_second // 50):
    time.sleep(len(data) / per_second)
    played += len(data)
    note("play", played)
note("end", played)
"""


@dataclass(frozen=True)
class PlayerEvent:
    """One line of the stand-in aplay's log."""

    pid: int
    time: float
    event: str
    count: int


def install_stand_in_aplay(folder: Path) -> Path:
    """Write the stand-in `aplay` into `folder/bin`; return that folder (to put first on PATH)."""
    bin_folder = folder / "bin"
    bin_folder.mkdir()
    aplay = bin_folder / "aplay"
    aplay.write_text(STAND_IN_APLAY.format(python=sys.executable))
    aplay.chmod(0o755)
    return bin_folder


def read_log(path: Path) -> list[PlayerEvent]:
    """The stand-in's log so far."""
    if not path.exists():
        return []
    events = []
    for line in path.read_text().splitlines():
        pid, stamp, event, count = line.split()
        events.append(PlayerEvent(int(pid), float(stamp), event, int(count)))
    return events


def wait_for(condition: Callable[[], bool], timeout_s: float = 20.0) -> None:
    """Poll `condition` until it holds; fail after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the condition")
        time.sleep(0.02)


def spawn_speak(args: list[str], env: dict[str, str]) -> pexpect.spawn:
    """`narrator speak ARGS` in a pseudo-terminal of 40 rows by 120 columns."""
    return pexpect.spawn(
        sys.executable,
        ["-m", "narrator", "speak", *args],
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
        cwd=str(ROOT),
        dimensions=(40, 120),
        encoding="utf-8",
        timeout=30,
    )
