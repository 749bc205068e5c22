"""What a command does first: `speak`'s planning process is forked before click is imported and
is handed its article later; a first `save` starts its engines before it imports the writer, and
imports what writes the feed while they speak; an unchanged narration never imports the writer.
Each is an order of events (forks, imports, a file opened) seen by an audit hook in a fresh
interpreter, never a time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from conftest import process_running
from import_events import FileWatch, command_events

_WATCHED = frozenset(
    {
        "click",
        "narrator.audio.writer",
        "narrator.pipeline.finishing",
        "lxml.etree",
        "narrator.spoken",
        "narrator.readers.reading",
        "narrator.readers.decoding",
        "narrator.audio.episodes",
        "email.utils",
        "narrator.audio.loudness",
        "narrator.audio.encoding",
        "anyascii",
        "narrator.cli.preferences",
    }
)
_MANIFEST = FileWatch("manifest written", "manifest.json", writes_only=True)


def _events(tmp_path: Path, *args: str, path: str | None = None) -> list[str]:
    return command_events(tmp_path, args, _WATCHED, (_MANIFEST,), path=path)


def test_a_first_save_starts_its_engines_before_it_imports_the_writer(
    tmp_path: Path, seed: Path
) -> None:
    out = str(tmp_path / "out")
    events = _events(tmp_path, "save", str(seed), "-o", out, "--loudness", "off", "--jobs", "2")
    # The planning process, then the two engine workers, then what writes the narration.
    assert events[events.index("click") + 1 :][:3] == ["fork", "fork", "fork"]
    assert events.index("narrator.audio.writer") > 3
    assert "narrator.pipeline.finishing" in events
    # Nothing sets a loudness: its modules are not imported before the engines start.
    assert "narrator.audio.loudness" not in events[: events.index("click") + 4]


def test_a_save_at_the_engines_level_never_imports_the_loudness_passes(
    tmp_path: Path, seed: Path
) -> None:
    """WAV at the engine's level is written as it is spoken: neither the loudness passes nor
    the encoders are imported (the writer imports them for a narration that needs them)."""
    out = str(tmp_path / "out")
    events = _events(tmp_path, "save", str(seed), "-o", out, "--loudness", "off")
    assert "narrator.audio.writer" in events
    assert "narrator.audio.loudness" not in events
    assert "narrator.audio.encoding" not in events
    assert "anyascii" not in events  # the seed's title is ASCII: nothing to transliterate


def test_a_save_imports_what_writes_the_feed_before_its_narration_is_complete(
    tmp_path: Path, seed: Path
) -> None:
    out = str(tmp_path / "out")
    events = _events(tmp_path, "save", str(seed), "-o", out, "--loudness", "off")
    assert events.index("narrator.audio.episodes") < events.index("manifest written")
    # feed.xml is written as text: no XML library, and its dates without email.utils
    assert "lxml.etree" not in events
    assert "email.utils" not in events


def test_an_unchanged_narration_never_imports_the_writer(tmp_path: Path, seed: Path) -> None:
    args = ("save", str(seed), "-o", str(tmp_path / "out"), "--loudness", "off")
    assert "narrator.audio.writer" in _events(tmp_path, *args)
    again = _events(tmp_path, *args)
    assert "narrator.audio.writer" not in again
    assert "narrator.pipeline.finishing" not in again
    assert "narrator.audio.episodes" not in again  # the feed is left as it is
    assert "narrator.audio.loudness" not in again
    assert again.count("fork") == 1  # the planning process: no engine was started


def test_a_lexicon_edit_is_seen_through_the_planning_process(tmp_path: Path, seed: Path) -> None:
    """The narration key's lexicon text comes from the process that cuts the article: this one
    never imports the spoken-form rules, and an edit still makes the narration again."""
    lexicon = tmp_path / "config" / "lexicon.toml"
    lexicon.parent.mkdir()
    lexicon.write_text('ATACMS = "attack-ums"\n', encoding="utf-8")
    args = ("save", str(seed), "-o", str(tmp_path / "out"), "--loudness", "off")
    first = _events(tmp_path, *args)
    assert "narrator.audio.writer" in first
    assert "narrator.spoken" not in first
    again = _events(tmp_path, *args)
    assert "narrator.audio.writer" not in again
    assert "narrator.spoken" not in again
    lexicon.write_text('ATACMS = "A-tack-ems"\n', encoding="utf-8")
    assert "narrator.audio.writer" in _events(tmp_path, *args)


def test_a_save_reads_its_articles_in_the_planning_process_only(tmp_path: Path, seed: Path) -> None:
    """The articles are read and cut in the planning process: this one looks at its sources
    (folders, feeds) and never imports the readers, nor decodes a file given by name."""
    args = ("save", str(seed), "-o", str(tmp_path / "out"), "--loudness", "off")
    events = _events(tmp_path, *args)
    assert "narrator.audio.writer" in events
    assert "narrator.readers.reading" not in events
    assert "narrator.readers.decoding" not in events
    assert "narrator.cli.preferences" not in events  # there is no config file to read


def test_a_config_file_is_read(tmp_path: Path, seed: Path) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text("rate = 200\n", encoding="utf-8")
    args = ("save", str(seed), "-o", str(tmp_path / "out"), "--loudness", "off")
    assert "narrator.cli.preferences" in _events(tmp_path, *args)
    [manifest] = (tmp_path / "out").glob("*/manifest.json")
    assert json.loads(manifest.read_text(encoding="utf-8"))["rate_wpm"] == 200


def test_speak_forks_its_planning_before_it_imports_click(tmp_path: Path, seed: Path) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "aplay").write_text("#!/bin/sh\ncat > /dev/null\n")
    (tools / "aplay").chmod(0o755)
    path = f"{tools}{os.pathsep}{os.environ['PATH']}"
    events = _events(tmp_path, "speak", str(seed), "--from-chunk", "24", path=path)
    assert events[:2] == ["fork", "click"]


def test_help_forks_nothing(tmp_path: Path) -> None:
    assert "fork" not in _events(tmp_path, "speak", "--help")


def test_a_planning_process_forked_ahead_makes_the_plan_made_here(seed: Path) -> None:
    script = (
        "import sys\n"
        "from narrator import pipeline\n"
        "from narrator.models import NarrationConfig\n"
        "from narrator.pipeline import planning\n"
        "planning.fork_ahead()\n"
        "ahead = planning._AHEAD.pid\n"
        "config = NarrationConfig(max_chunk_chars=200)\n"
        "with pipeline.start([sys.argv[1]], config) as started:\n"
        "    plans = started._plans\n"
        "    assert planning._AHEAD is None and plans._pid == ahead\n"
        "    article = plans.article()\n"
        "    made = plans.plan()\n"
        "assert made == pipeline.plan(sys.argv[1], config)\n"
        "print(type(plans).__name__, len(made.chunks))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(seed)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    kind, chunks = done.stdout.split()
    assert kind == "PlansInAChild" and int(chunks) > 20


def test_a_planning_process_forked_ahead_and_never_used_ends_with_its_parent(
    tmp_path: Path,
) -> None:
    script = (
        "from narrator.pipeline import planning\n"
        "planning.fork_ahead()\n"
        "print(planning._AHEAD.pid, flush=True)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    child = int(done.stdout)
    deadline = time.monotonic() + 30
    while process_running(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not process_running(child)


def test_the_engine_started_ahead_for_speak_is_the_one_it_speaks_with() -> None:
    script = (
        "from narrator.models import NarrationConfig\n"
        "from narrator.pipeline import engines\n"
        "from narrator.synthesis import engine_started\n"
        "config = NarrationConfig()\n"
        "[thread] = engines.start_warming(config)\n"
        "assert engines.start_warming(config) == [thread]\n"
        "synthesizer = engines.speaking_engine(config)\n"
        "assert not thread.is_alive() and engine_started()\n"
        "rate, frames = synthesizer.samples('Ready.')\n"
        "print(rate, len(frames) > 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split()[1] == "True"
