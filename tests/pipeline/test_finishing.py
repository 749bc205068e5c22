"""A batch's narrations finished in processes of their own while the next ones are staged."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyloudnorm
import pytest
import soundfile
from conftest import seed_articles

import narrator.pipeline.compose as compose
from narrator import NarrationConfig, save_many
from narrator.audio.writer import StagedNarration
from narrator.errors import AudioOutputError, NarratorError
from narrator.pipeline.finishing import Finishing


def _only_folders(out: Path, names: list[str]) -> None:
    """`out` holds these narration folders and nothing else: no staging, no reservation."""
    assert sorted(path.name for path in out.iterdir()) == sorted(names)


def test_a_batch_at_a_loudness_comes_out_in_order_each_at_its_level(
    tmp_path: Path, fake_engine: Any
) -> None:
    sources = seed_articles(tmp_path / "in", 4)
    config = NarrationConfig(jobs=2, loudness_lufs=-19.0)
    saved = list(save_many(sources, config, tmp_path / "out", fake_engine))
    names = [f"bulletin-number-{n}" for n in range(4)]
    assert [narration.folder.name for narration in saved] == names
    for narration in saved:
        manifest = json.loads(narration.manifest.read_text(encoding="utf-8"))
        assert manifest["loudness"]["integrated_lufs"] == pytest.approx(-19.0, abs=0.2)
        samples, rate = soundfile.read(narration.narration)
        assert pyloudnorm.Meter(rate).integrated_loudness(samples) == pytest.approx(-19, abs=0.5)
        assert len(manifest["chunks"]) == len(narration.chunk_files) > 3
    _only_folders(tmp_path / "out", names)


def test_a_narration_that_fails_to_finish_stops_the_batch_after_the_ones_before(
    tmp_path: Path, fake_engine: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second narration's staged audio goes missing before its process encodes it: the
    first is handed back, then the second's error, in one line; its folder never appears."""
    staged_count, staging = 0, compose.stage_narration

    def losing_the_second(*args: Any, **kwargs: Any) -> StagedNarration:
        nonlocal staged_count
        staged = staging(*args, **kwargs)
        staged_count += 1
        if staged_count == 2:
            stored = getattr(staged, "stored", None)
            if stored is not None:  # WAV at a loudness: the speech where it is stored
                for speech in stored.speech:
                    speech.path.unlink()
            else:
                assert staged.staged is not None
                shutil.rmtree(staged.staged.folder)
        return staged

    monkeypatch.setattr(compose, "stage_narration", losing_the_second)
    sources = seed_articles(tmp_path / "in", 2)
    batch = save_many(sources, NarrationConfig(jobs=2), tmp_path / "out", fake_engine)
    assert next(batch).folder.name == "bulletin-number-0"
    with pytest.raises(AudioOutputError) as raised:
        next(batch)
    assert "\n" not in str(raised.value)
    _only_folders(tmp_path / "out", ["bulletin-number-0"])


def test_a_staging_that_fails_comes_after_the_narrations_before_it(
    tmp_path: Path, fake_engine: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    staging = compose.stage_narration

    def stopping(clips: Iterable[Any]) -> Iterator[Any]:
        for number, clip in enumerate(clips):
            if number == 2:
                raise NarratorError("the engine stopped")
            yield clip

    def failing_the_third(
        narration: Any, clips: Any, folder: Path, *args: Any, **kwargs: Any
    ) -> StagedNarration:
        if folder.name == "bulletin-number-2":
            clips = stopping(clips)
        return staging(narration, clips, folder, *args, **kwargs)

    monkeypatch.setattr(compose, "stage_narration", failing_the_third)
    sources = seed_articles(tmp_path / "in", 3)
    batch = save_many(sources, NarrationConfig(jobs=2), tmp_path / "out", fake_engine)
    assert [next(batch).folder.name for _ in range(2)] == [
        "bulletin-number-0",
        "bulletin-number-1",
    ]
    with pytest.raises(NarratorError, match="the engine stopped"):
        next(batch)
    _only_folders(tmp_path / "out", ["bulletin-number-0", "bulletin-number-1"])


def test_a_batch_left_early_leaves_whole_folders_only(tmp_path: Path, fake_engine: Any) -> None:
    sources = seed_articles(tmp_path / "in", 4)
    batch = save_many(sources, NarrationConfig(jobs=2), tmp_path / "out", fake_engine)
    first = next(batch)
    batch.close()
    written = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert first.folder.name in written
    for name in written:
        assert name.startswith("bulletin-number-")
        assert (tmp_path / "out" / name / "manifest.json").is_file()


def test_the_engine_workers_finish_a_batch_at_a_loudness(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With espeak-ng's engines in worker processes, the workers finish the narrations too,
    after the chunks handed out before each: no finishing process is started, and no narration
    is finished here; they come out in order, each at its level."""

    def no_processes(self: Finishing) -> Any:
        raise AssertionError("a finishing process was started")

    finished_in: list[int] = []
    finish = StagedNarration.finish

    def recorded(self: StagedNarration) -> Any:
        finished_in.append(os.getpid())  # a worker's list is its own: only this one's is read
        return finish(self)

    monkeypatch.setattr(Finishing, "_started", no_processes)
    monkeypatch.setattr(StagedNarration, "finish", recorded)
    sources = seed_articles(tmp_path / "in", 3)
    config = NarrationConfig(jobs=2, loudness_lufs=-19.0)
    saved = list(save_many(sources, config, tmp_path / "out"))
    names = [f"bulletin-number-{n}" for n in range(3)]
    assert [narration.folder.name for narration in saved] == names
    assert finished_in == []
    for narration in saved:
        samples, rate = soundfile.read(narration.narration)
        assert pyloudnorm.Meter(rate).integrated_loudness(samples) == pytest.approx(-19, abs=0.5)
        assert all(path.is_file() for path in narration.chunk_files)
    _only_folders(tmp_path / "out", names)
