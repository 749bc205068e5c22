"""Saving with real Piper audio: files, manifest times, pauses by RMS, the chunk cache."""

from __future__ import annotations

import json
from array import array
from pathlib import Path
from typing import Any

import pytest
from piper_helpers import (
    VOICE,
    duration_s,
    needs_piper,
    samples,
    silent_run_around,
    write_article,
)

from narrator import NarrationConfig, SavedNarration, save
from narrator.pipeline import chunk_cache

pytestmark = pytest.mark.slow

CONFIG = NarrationConfig(engine="piper", voice=VOICE, jobs=2)  # one onnxruntime thread each


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> SavedNarration:
    needs_piper()
    folder = tmp_path_factory.mktemp("piper")
    config = NarrationConfig(**{**vars(CONFIG), "cache_dir": folder / "cache"})
    return save(write_article(folder), config, output_root=folder / "audio")


@pytest.fixture(scope="module")
def manifest(saved: SavedNarration) -> dict[str, Any]:
    return json.loads(saved.manifest.read_text(encoding="utf-8"))


def test_the_engine_and_voice_are_recorded(manifest: dict[str, Any]) -> None:
    assert manifest["voice"] == VOICE
    assert manifest["engine"].startswith("piper-tts ")
    assert f"{VOICE} sha256:" in manifest["engine"]


def test_whole_equals_the_chunks_in_order(saved: SavedNarration) -> None:
    whole, _ = samples(saved.narration)
    joined: array[int] = array("h")
    for chunk_file in saved.chunk_files:
        joined.extend(samples(chunk_file)[0])
    assert joined == whole


def test_manifest_times_match_the_files(saved: SavedNarration, manifest: dict[str, Any]) -> None:
    clock = 0.0
    for entry in manifest["chunks"]:
        file_s = duration_s(saved.folder / entry["file"])
        assert entry["start_s"] == pytest.approx(clock, abs=0.001)
        assert entry["end_s"] - entry["start_s"] == pytest.approx(file_s, abs=0.001)
        clock += file_s
    assert manifest["duration_s"] == pytest.approx(duration_s(saved.narration), abs=0.001)
    titles = [chapter.title for chapter in saved.chapters]
    assert titles == ["Tide tables for the harbour", "WEATHER"]


def test_pauses_are_heard_after_paragraphs_and_sections(
    saved: SavedNarration, manifest: dict[str, Any]
) -> None:
    frames, rate = samples(saved.narration)
    ends = [c for c in manifest["chunks"] if c["pause_after_s"] >= CONFIG.pause_paragraph_s]
    assert len(ends) >= 4
    for chunk in ends:
        assert silent_run_around(frames, rate, chunk["end_s"]) >= chunk["pause_after_s"]
    # ... and the speech itself is not silence.
    first = manifest["chunks"][2]
    speech_s = first["end_s"] - first["start_s"] - first["pause_after_s"]
    assert speech_s > 1.0
    assert silent_run_around(frames, rate, first["start_s"] + speech_s / 2) < 0.5


def test_the_spoken_text_reaches_piper(manifest: dict[str, Any]) -> None:
    spoken = " ".join(chunk["spoken"] for chunk in manifest["chunks"])
    assert "six in the morning" in spoken


def test_a_re_render_takes_every_chunk_from_the_cache(
    saved: SavedNarration, tmp_path: Path
) -> None:
    cache_dir = saved.folder.parent.parent / "cache"
    cache = chunk_cache(NarrationConfig(cache_dir=cache_dir))
    entries = cache.info().entries
    assert entries == len(saved.chunk_files)
    config = NarrationConfig(**{**vars(CONFIG), "cache_dir": cache_dir, "audio_format": "flac"})
    again = save(write_article(tmp_path), config, output_root=tmp_path / "audio")
    assert len(again.chunk_files) == len(saved.chunk_files)
    assert cache.info().entries == entries  # nothing new was made
    assert again.duration_s == pytest.approx(saved.duration_s, abs=0.01)


def test_another_rate_is_not_taken_from_the_cache(saved: SavedNarration, tmp_path: Path) -> None:
    cache_dir = saved.folder.parent.parent / "cache"
    cache = chunk_cache(NarrationConfig(cache_dir=cache_dir))
    before = cache.info().entries
    article = tmp_path / "short.txt"
    article.write_text("The tide turns twice a day.\n", encoding="utf-8")
    fields = {**vars(CONFIG), "cache_dir": cache_dir}
    slow = save(article, NarrationConfig(**{**fields, "rate_wpm": 120}), tmp_path / "slow")
    fast = save(article, NarrationConfig(**{**fields, "rate_wpm": 240}), tmp_path / "fast")
    assert cache.info().entries == before + 2
    assert duration_s(slow.chunk_files[0]) > 1.5 * duration_s(fast.chunk_files[0])
