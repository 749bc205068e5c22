"""`narrator speak` driven in a real pseudo-terminal: keys, display, bookmarks.

Audio goes to a stand-in `aplay` that takes it in at the rate a device would play it and logs
what it received, so pausing and cutting short can be seen. Every stand-in appends to one log:
its order is the order of the events. The tests check that order, never how long a key took
(timings belong in `bench/`).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pexpect
import pytest
from listening_helpers import (
    ARTICLE,
    install_stand_in_aplay,
    read_log,
    spawn_speak,
    wait_for,
)

from narrator import pipeline
from narrator.models import NarrationConfig, Plan

pytestmark = pytest.mark.pty  # a real pseudo-terminal and real espeak-ng audio


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NARRATOR_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("NARRATOR_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE)
    return path


@pytest.fixture
def narration(article: Path) -> Plan:
    return pipeline.plan(str(article), NarrationConfig())


@pytest.fixture
def player_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bin_folder = install_stand_in_aplay(tmp_path)
    log = tmp_path / "aplay.log"
    monkeypatch.setenv("PATH", f"{bin_folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_APLAY_LOG", str(log))
    return log


def _spawn(args: list[str]) -> pexpect.spawn:
    return spawn_speak(args, dict(os.environ))


def _played(log: Path) -> int:
    """Bytes taken in by every stand-in player so far."""
    last: dict[int, int] = {}
    for event in read_log(log):
        if event.event in ("play", "end"):
            last[event.pid] = event.count
    return sum(last.values())


def _starts(log: Path) -> list[tuple[int, float, int]]:
    """(pid, time, clip bytes) of each clip started."""
    return [(e.pid, e.time, e.count) for e in read_log(log) if e.event == "start"]


def _quit(child: pexpect.spawn) -> str:
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return str(child.before)


def _stopped(pid: int) -> bool:
    """Whether the process `pid` is stopped by a signal (state T in /proc)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat.rsplit(")", 1)[1].split()[0] == "T"


def _clip_bytes(log: Path, pid: int) -> int:
    """The size of the clip the stand-in `pid` was handed."""
    return next(e.count for e in read_log(log) if e.pid == pid and e.event == "start")


def test_the_first_chunk_is_played_to_its_end_before_the_second_shows(
    article: Path, player_log: Path
) -> None:
    child = _spawn([str(article)])
    child.expect("chunk 1/")
    child.expect("chunk 2/")
    first_pid = _starts(player_log)[0][0]
    first_player = [(e.event, e.count) for e in read_log(player_log) if e.pid == first_pid]
    _quit(child)
    clip = _clip_bytes(player_log, first_pid)
    assert clip > 0
    assert first_player[0] == ("start", clip)
    assert first_player[-1] == ("end", clip)  # all of it, before the session moved on


def test_space_pauses_and_resumes_the_audio(article: Path, player_log: Path) -> None:
    child = _spawn([str(article), "--from-chunk", "3"])
    child.expect("chunk 3/")
    wait_for(lambda: _played(player_log) > 20_000)
    child.send(" ")
    child.expect(r"\[paused\]")  # shown once the player has been sent SIGSTOP
    [(first_pid, _, _)] = _starts(player_log)
    wait_for(lambda: _stopped(first_pid))  # it has stopped, and takes nothing more in
    paused_at = _played(player_log)
    time.sleep(0.5)
    assert _played(player_log) == paused_at
    [(first_pid, _, clip)] = _starts(player_log)  # no other chunk started meanwhile
    assert paused_at < clip  # paused inside the chunk, not at its end
    child.send(" ")
    child.expect("175 wpm\x1b\\[K")  # the status line without [paused]
    wait_for(lambda: _played(player_log) > paused_at + 10_000)
    events = read_log(player_log)
    _quit(child)
    assert [e.pid for e in events if e.event == "play"][-1] == first_pid  # the same chunk goes on


def test_next_previous_and_section_keys_change_the_chunk(
    article: Path, player_log: Path, narration: Plan
) -> None:
    total = len(narration.chunks)
    second_section = narration.sections[1].first_chunk + 1
    child = _spawn([str(article)])
    child.expect(f"chunk 1/{total}")
    child.send("n")
    child.expect(f"chunk 2/{total}")
    child.send("\x1b[C")  # right arrow
    child.expect(f"chunk 3/{total}")
    child.send("p")  # less than 2 s in: the previous chunk
    child.expect(f"chunk 2/{total}")
    child.send("]")
    child.expect(f"chunk {second_section}/{total}")
    child.expect(f"section 2/3: {narration.sections[1].title}")
    child.send("\x1b[D")  # left arrow: back to the chunk before the section
    child.expect(f"chunk {second_section - 1}/{total}")
    _quit(child)


def test_a_key_cuts_the_playing_chunk_short(article: Path, player_log: Path) -> None:
    child = _spawn([str(article), "--from-chunk", "3"])
    wait_for(lambda: len(_starts(player_log)) == 1 and _played(player_log) > 10_000)
    first_pid = _starts(player_log)[0][0]
    child.send("n")
    child.expect("chunk 4/")
    wait_for(lambda: len(_starts(player_log)) == 2)
    events = read_log(player_log)
    _quit(child)
    second_start = next(
        n for n, e in enumerate(events) if e.event == "start" and e.pid != first_pid
    )
    first_player = [(n, e) for n, e in enumerate(events) if e.pid == first_pid]
    last_index, last = first_player[-1]
    assert last.event == "play"  # never reached its end
    assert last.count < _clip_bytes(player_log, first_pid)
    assert last_index < second_start  # cut short before the next chunk started


def test_p_restarts_the_chunk_after_two_seconds(article: Path, player_log: Path) -> None:
    child = _spawn([str(article), "--from-chunk", "3"])
    child.expect("chunk 3/")
    wait_for(lambda: _played(player_log) > 2.5 * 22050 * 2)
    child.send("p")
    wait_for(lambda: len(_starts(player_log)) == 2)
    (_, _, first_size), (_, _, second_size) = _starts(player_log)
    assert second_size == first_size  # the same chunk again, from its start
    assert "chunk 2/" not in _quit(child)


def test_plus_resynthesizes_the_chunk_faster(article: Path, player_log: Path) -> None:
    child = _spawn([str(article), "--from-chunk", "3"])
    child.expect("175 wpm")
    wait_for(lambda: len(_starts(player_log)) == 1)
    child.send("+")
    child.expect("193 wpm")
    wait_for(lambda: len(_starts(player_log)) == 2)
    (_, _, at_175), (_, _, at_193) = _starts(player_log)
    assert at_193 < at_175 * 0.95
    child.send("-")
    child.expect("175 wpm")
    _quit(child)


def test_q_saves_a_bookmark_and_resume_starts_there(
    article: Path, player_log: Path, tmp_path: Path, narration: Plan
) -> None:
    total = len(narration.chunks)
    child = _spawn([str(article)])
    child.expect(f"chunk 1/{total}")
    child.send("nn")
    child.expect(f"chunk 3/{total}")
    output = _quit(child)
    assert f"stopped at chunk 3/{total}; 'narrator speak {article} --resume'" in output
    (saved,) = (tmp_path / "state" / "bookmarks").glob("*.json")
    assert json.loads(saved.read_text())["chunk"] == 2

    child = _spawn([str(article), "--resume"])
    child.expect(f"chunk (\\d+)/{total}")
    assert child.match.group(1) == "3"
    _quit(child)


def test_ctrl_c_saves_a_bookmark(article: Path, player_log: Path, tmp_path: Path) -> None:
    child = _spawn([str(article), "--from-chunk", "4"])
    child.expect("chunk 4/")
    wait_for(lambda: bool(_starts(player_log)))
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    (saved,) = (tmp_path / "state" / "bookmarks").glob("*.json")
    assert json.loads(saved.read_text())["chunk"] == 3
