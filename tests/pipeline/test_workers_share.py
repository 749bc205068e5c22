"""What a batch's processes share or do ahead: the engine workers of a batch at a loudness (WAV
or MP3) are forked with numpy and the loudness passes imported, not each importing them at its
first chunk or narration, and the planning process cuts a batch's articles ahead without
waiting for this process to read each plan."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import process_running, seed_articles, wait_until

from narrator import NarrationConfig
from narrator.pipeline.planning import PlansInAChild, can_fork

_IN_A_WORKER = """
import os, sys
from pathlib import Path
from narrator import NarrationConfig
from narrator.pipeline import plan
from narrator.pipeline.jobs import SpeechJobs

class Recording:
    name = "recording"
    def __init__(self, voice=None):
        shared = "numpy" in sys.modules and "narrator.audio.leveled" in sys.modules
        Path(sys.argv[2], str(os.getpid())).write_text(str(shared))
    def speak(self, text): raise AssertionError
    def save(self, text, path): raise AssertionError

config = NarrationConfig(use_cache=False, jobs=2, loudness_lufs={loudness}, audio_format="{format}")
with SpeechJobs(config, "recording", Recording, articles=2) as jobs:
    jobs.start()
print("numpy here:", "numpy" in sys.modules)
"""


@pytest.mark.parametrize(
    ("loudness", "file_format", "shared"),
    [(-19.0, "wav", True), (-16.0, "mp3", True), (None, "wav", False)],
)
def test_a_batch_at_a_loudness_forks_its_workers_with_the_measuring_imported(
    tmp_path: Path, loudness: float | None, file_format: str, shared: bool
) -> None:
    assert can_fork()
    script = _IN_A_WORKER.replace("{loudness}", repr(loudness)).replace("{format}", file_format)
    done = subprocess.run(
        [sys.executable, "-c", script, "x", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == f"numpy here: {shared}"  # imported here only for the workers
    assert wait_until(lambda: len(list(tmp_path.iterdir())) == 2)
    assert {path.read_text() for path in tmp_path.iterdir()} == {str(shared)}


def test_the_planning_process_cuts_a_batch_ahead_of_its_reader(tmp_path: Path) -> None:
    assert can_fork()
    articles = seed_articles(tmp_path / "in", 6)  # some 60 kB of plans each
    plans = PlansInAChild(articles, NarrationConfig())
    try:
        # Every plan is sent before any is read: the child is done, and ends.
        assert plans._pid is not None
        assert wait_until(lambda: not process_running(plans._pid or 0), timeout_s=20)
        cut = []
        for _ in articles:
            plans.article()
            cut.append(plans.plan())
        assert [narration.article.title for narration in cut] == [
            f"Bulletin number {number}" for number in range(6)
        ]
        assert all(len(narration.chunks) > 10 for narration in cut)
    finally:
        plans.close()
