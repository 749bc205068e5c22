"""A process that finishes a batch's narrations beside another process works on one thread:
the narration it writes is the one two threads write, to the byte."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
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


def test_a_search_on_one_thread_starts_no_pool_and_finds_what_two_threads_find(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The chunks written ahead are searched while the engines speak (see
    narrator.audio.leveled_ahead): on the thread that takes them, whatever the process's
    setting, and with the same peaks."""
    from tests.audio.test_loudness import _InMemory, _speechlike

    pools: list[object] = []
    opened = ThreadPoolExecutor.__init__

    def counted(self: ThreadPoolExecutor, *args: Any, **kwargs: Any) -> None:
        pools.append(kwargs.get("thread_name_prefix"))
        opened(self, *args, **kwargs)

    monkeypatch.setattr(ThreadPoolExecutor, "__init__", counted)
    monkeypatch.setattr(peak_search, "_search_threads", 2)
    audio = _InMemory(22050, _speechlike(22050, 120.0))
    gain = 10 ** (6 / 20)
    two = peak_search.PeakSearch(audio, audio.levels(), -1.0).at(gain)
    assert pools == ["narrator-search"]  # its pieces take several batches
    one = peak_search.PeakSearch(audio, audio.levels(), -1.0, one_thread=True).at(gain)
    assert pools == ["narrator-search"]
    assert len(one.places) > 100
    assert np.array_equal(one.places, two.places) and np.array_equal(one.ratios, two.ratios)
