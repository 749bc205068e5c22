"""Quick start: heavy packages are imported only when the input or an option needs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "reuters-atacms-crimea.txt"
ARTICLES = ROOT / "tests" / "articles"
HEAVY = ("trafilatura", "markdown_it", "numpy", "soundfile", "mutagen", "pyttsx3")

# The command line run in a fresh interpreter, which then lists the heavy packages it loaded.
RUN_AND_LIST = f"""
import json, sys
from narrator.cli import main
try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)), file=sys.stderr)
"""


def _loaded(*args: str, cwd: Path) -> set[str]:
    """The heavy packages a `narrator` command imports, run in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=True,
    )
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_help_imports_nothing_heavy(tmp_path: Path) -> None:
    assert _loaded("--help", cwd=tmp_path) == set()
    assert _loaded("save", "--help", cwd=tmp_path) == set()


@pytest.mark.parametrize(
    ("article", "needed", "not_needed"),
    [
        (SEED, set(), {"trafilatura", "markdown_it"}),
        (ARTICLES / "hugo-night-trains.md", {"markdown_it"}, {"trafilatura"}),
        (ARTICLES / "news-harbor-bridge.html", {"trafilatura"}, {"markdown_it"}),
    ],
    ids=["text", "markdown", "html"],
)
def test_a_plan_imports_the_reader_its_input_needs_and_no_audio(
    tmp_path: Path, article: Path, needed: set[str], not_needed: set[str]
) -> None:
    loaded = _loaded("plan", str(article), cwd=tmp_path)
    assert needed <= loaded
    assert not loaded & (not_needed | {"numpy", "soundfile", "mutagen", "pyttsx3"})


def test_wav_at_the_engines_level_needs_no_numpy_or_soundfile(tmp_path: Path) -> None:
    args = ["save", str(SEED), "-o", str(tmp_path / "out"), "--loudness", "off", "--jobs", "1"]
    loaded = _loaded(*args, cwd=tmp_path)
    assert {"pyttsx3", "mutagen"} <= loaded
    assert not loaded & {"numpy", "soundfile", "trafilatura", "markdown_it"}


def test_loudness_brings_in_the_audio_packages(tmp_path: Path) -> None:
    args = ["save", str(SEED), "-o", str(tmp_path / "out"), "--jobs", "1"]
    loaded = _loaded(*args, cwd=tmp_path)
    assert "numpy" in loaded
    assert "soundfile" not in loaded  # a WAV is written without libsndfile
    mp3 = ["save", str(SEED), "-o", str(tmp_path / "mp3"), "--jobs", "1", "--format", "mp3"]
    assert "soundfile" in _loaded(*mp3, cwd=tmp_path)  # it decodes the MP3 to check it


def test_the_collector_is_tuned_before_speak_forks_its_planning_process() -> None:
    """The planning process forked ahead imports the readers and the rules with the command's
    thresholds, not Python's defaults (under which the collector ran while they were made)."""
    script = (
        "import gc, sys\n"
        "import narrator.pipeline.planning as planning\n"
        "planning.fork_ahead = lambda: print(gc.get_threshold(), flush=True)\n"
        "sys.argv = ['narrator', 'speak', 'no-such-article.txt']\n"
        "from narrator.cli import run\n"
        "run()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.splitlines()[0] == "(50000, 50, 100)"
    assert done.returncode == 1  # the article does not exist: a one-line error
