"""A batch of articles with one title: each narration gets a folder of its own, named in order,
and finding a folder reads the output folder once, not each of that title's folders in turn
(the batch checks every one of them for each article)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from narrator import NarrationConfig, save_many
from narrator.audio import folders
from narrator.audio.folders import narration_folder
from narrator.pipeline import plan

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "reuters-atacms-crimea.txt"
RAW = replace(NarrationConfig(), loudness_lufs=None)


def _same_title(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    paths = []
    for number in range(count):
        path = folder / f"article-{number}.txt"
        path.write_text(f"{title}\nReport {number}.\n{body}", encoding="utf-8")
        paths.append(path)
    return paths


def test_articles_with_one_title_are_found_with_one_look_at_the_output_folder(
    tmp_path: Path, fake_engine: Any, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _same_title(tmp_path / "in", 5)
    out = tmp_path / "out"
    saved = list(save_many([str(p) for p in paths], RAW, out, synthesizer=fake_engine))
    slug = saved[0].folder.name
    assert [s.folder.name for s in saved] == [slug] + [f"{slug}-{n}" for n in range(2, 6)]

    looked: list[Path] = []

    def reservation(folder: Path) -> None:
        looked.append(folder)

    def empty(folder: Path) -> bool:
        looked.append(folder)
        return False

    monkeypatch.setattr(folders, "_reservation", reservation)
    monkeypatch.setattr(folders, "_empty_folder", empty)
    articles = [plan(str(path), RAW).article for path in paths]
    assert [narration_folder(out, article) for article in articles] == [s.folder for s in saved]
    another = replace(articles[0], source=str(tmp_path / "in" / "another.txt"))
    assert narration_folder(out, another, reserve=True) == out / f"{slug}-6"
    # No note beside any of them, and each holds a narration: none was looked at on its own.
    assert looked == []
    # The new one's name is reserved: the next article of that title passes it by.
    third = replace(articles[0], source=str(tmp_path / "in" / "third.txt"))
    assert narration_folder(out, third) == out / f"{slug}-7"
    folders.release_all()
