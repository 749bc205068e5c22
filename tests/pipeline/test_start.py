"""`pipeline.start`: articles read and cut ahead, then said or saved with the plans made."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from narrator import pipeline
from narrator.models import NarrationConfig
from narrator.pipeline.planning import PlansInAChild

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "reuters-atacms-crimea.txt"


def test_start_forks_the_planning_before_the_composition_is_imported() -> None:
    script = (
        "import sys\n"
        "from narrator import pipeline\n"
        "from narrator.models import NarrationConfig\n"
        "started = pipeline.start([sys.argv[1]], NarrationConfig())\n"
        "heavy = ('narrator.pipeline.compose', 'numpy', 'pyttsx3')\n"
        "heavy = [m for m in heavy if m in sys.modules]\n"
        "print(type(started._plans).__name__, heavy)\n"
        "started.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(SEED)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.strip() == "PlansInAChild []"


def test_started_articles_are_saved_as_save_many_saves_them(tmp_path: Path) -> None:
    config = NarrationConfig(loudness_lufs=None, use_cache=False)
    with pipeline.start([str(SEED)], config) as started:
        assert isinstance(started._plans, PlansInAChild)
        [saved] = list(started.save_many(tmp_path / "ahead"))
    [expected] = list(pipeline.save_many([str(SEED)], config, tmp_path / "here"))
    assert [p.name for p in saved.chunk_files] == [p.name for p in expected.chunk_files]
    assert saved.folder.name == expected.folder.name


def test_speak_says_one_article() -> None:
    with (
        pipeline.start([str(SEED), str(SEED)]) as started,
        pytest.raises(ValueError, match="one article, not 2"),
    ):
        started.speak()
