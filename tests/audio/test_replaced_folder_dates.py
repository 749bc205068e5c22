"""A narration saved over the one before it in its folder is dated after the old folder's
removal (narrator.audio.folders.move_into_place): the chunk files both held had their change
times moved by the removal, yet the next re-render need not read them through their checksums."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from narrator import NarrationConfig, save
from narrator.audio.freshness import changed_since
from narrator.audio.wav import StoredSpeech
from narrator.cache import previous

RAW = NarrationConfig(loudness_lufs=None)


def _edit(article: Path, paragraph: int) -> None:
    paragraphs = article.read_text(encoding="utf-8").split("\n\n")
    paragraphs[paragraph] = paragraphs[paragraph].replace(".", ", officials said.", 1)
    article.write_text("\n\n".join(paragraphs), encoding="utf-8")


def test_an_edit_after_an_edit_reads_no_unchanged_chunk_again(
    tmp_path: Path, fake_engine: Any, seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    _edit(article, 4)
    edited = save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    written_ns = edited.manifest.stat().st_mtime_ns
    assert not [path for path in edited.chunk_files if changed_since(path, written_ns)]

    read = previous.read_chunk_file
    verified: list[str] = []

    def reading(path: Path, verify: bool = True) -> StoredSpeech | None:
        if verify:
            verified.append(path.name)
        return read(path, verify)

    monkeypatch.setattr(previous, "read_chunk_file", reading)
    _edit(article, 5)
    fake_engine.saved.clear()
    again = save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    assert verified == []
    assert len(fake_engine.saved) == 1
    manifest = json.loads(again.manifest.read_text(encoding="utf-8"))
    assert len(manifest["chunks"]) == len(again.chunk_files)
