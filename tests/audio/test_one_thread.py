"""A process that finishes a batch's narrations beside another process works on one thread:
the narration it writes is the one two threads write, to the byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from narrator import NarrationConfig, save
from narrator.audio import leveled
from narrator.audio.loudness import peak_search
from tests.audio.test_safety import _long_article, _NoiseEngine


def _saved(folder: Path) -> tuple[bytes, bool]:
    saved = save(str(_long_article(folder, 1)), NarrationConfig(), folder, _NoiseEngine())
    limited = json.loads(saved.manifest.read_text())["loudness"]["limited"]
    return saved.narration.read_bytes(), limited


def test_one_thread_writes_what_two_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "two").mkdir()
    (tmp_path / "one").mkdir()
    two_threads = _saved(tmp_path / "two")
    monkeypatch.setattr(leveled, "_THREADS", 2)
    monkeypatch.setattr(peak_search, "_search_threads", 2)
    leveled.work_on_one_thread()
    assert (leveled._THREADS, peak_search._search_threads) == (1, 1)
    one_thread = _saved(tmp_path / "one")
    assert two_threads[1]  # the limiter had peaks to turn down
    assert one_thread == two_threads
