"""Which batches hand their narrations to finishing processes: those with loudness to set or
audio to encode; WAV at the engine's level is finished here, as it is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import seed_articles

from narrator import NarrationConfig, save_many
from narrator.pipeline.finishing import Finishing


def _no_processes(self: Finishing) -> Any:
    raise AssertionError("a finishing process was started")


def test_a_batch_of_wav_at_the_engines_level_is_finished_here(
    tmp_path: Path, fake_engine: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Finishing, "_started", _no_processes)
    config = NarrationConfig(jobs=2, loudness_lufs=None)
    saved = list(
        save_many(seed_articles(tmp_path / "in", 3), config, tmp_path / "out", fake_engine)
    )
    assert [s.folder.name for s in saved] == [f"bulletin-number-{n}" for n in range(3)]
    assert all((s.folder / "manifest.json").is_file() for s in saved)


@pytest.mark.parametrize(
    "options", [{"loudness_lufs": -19.0}, {"loudness_lufs": None, "audio_format": "flac"}]
)
def test_a_batch_with_loudness_or_encoding_is_finished_in_processes(
    tmp_path: Path, fake_engine: Any, monkeypatch: pytest.MonkeyPatch, options: dict[str, Any]
) -> None:
    monkeypatch.setattr(Finishing, "_started", _no_processes)
    config = NarrationConfig(jobs=2, **options)
    with pytest.raises(AssertionError, match="a finishing process was started"):
        list(save_many(seed_articles(tmp_path / "in", 2), config, tmp_path / "out", fake_engine))
