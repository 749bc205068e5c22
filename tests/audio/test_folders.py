"""Where a narration goes: one folder per article, named by its title, and the notes that
reserve a name while a batch writes it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from narrator import NarrationConfig, save
from narrator.audio import folders
from narrator.audio.folders import narration_folder, release_all
from narrator.models import Article


def titled(title: str, source: str) -> Article:
    return Article(title=title, sections=(), source=source)


def test_articles_with_one_title_each_reserve_their_own_folder(tmp_path: Path) -> None:
    chosen = [
        narration_folder(tmp_path, titled("Same title", f"/news/{n}.txt"), reserve=True)
        for n in range(6)
    ]
    assert [folder.name for folder in chosen] == ["same-title"] + [
        f"same-title-{n}" for n in range(2, 7)
    ]
    again = narration_folder(tmp_path, titled("Same title", "/news/3.txt"), reserve=True)
    assert again == chosen[3]
    release_all()
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".reserved-")]


def test_the_notes_this_process_made_are_not_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch of articles with one title checks every folder of that title for each article:
    its own notes are known without reading them, so the checks do not grow as its square."""
    for n in range(20):
        narration_folder(tmp_path, titled("Same title", f"/news/{n}.txt"), reserve=True)
    read: list[Path] = []
    reservation = folders._reservation

    def counted(folder: Path) -> tuple[str, int] | None:
        read.append(folder)
        return reservation(folder)

    monkeypatch.setattr(folders, "_reservation", counted)
    folder = narration_folder(tmp_path, titled("Same title", "/news/new.txt"), reserve=True)
    assert folder.name == "same-title-21"
    assert len(read) <= 1  # the new folder's own note, if it had to look
    release_all()


def test_a_note_of_another_running_save_keeps_its_name(tmp_path: Path) -> None:
    (tmp_path / ".reserved-same-title").write_text(f"file:other\n{os.getppid()}\n")
    folder = narration_folder(tmp_path, titled("Same title", "/news/1.txt"), reserve=True)
    assert folder.name == "same-title-2"
    release_all()
    assert (tmp_path / ".reserved-same-title").exists()


def test_a_note_cut_short_as_it_was_written_is_removed_with_the_rest(tmp_path: Path) -> None:
    """Ctrl-C between making a note and writing it leaves an empty note: still this process's."""
    folder = narration_folder(tmp_path, titled("Same title", "/news/1.txt"), reserve=True)
    note = tmp_path / f".reserved-{folder.name}"
    note.write_text("")  # as an interrupted write leaves it
    release_all()
    assert not note.exists()


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text("Same title\n\nOne sentence of the story. And another one.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("loudness", [None, -19.0])
def test_a_save_stopped_as_its_staging_folder_is_made_leaves_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_engine: object, loudness: float | None
) -> None:
    """Ctrl-C or SIGTERM that lands right after the hidden staging folder is made, before the
    save holds its path, still leaves no folder and no note behind."""
    import tempfile

    made = tempfile.mkdtemp
    root = tmp_path / "audio"

    def made_then_stopped(*args: Any, **kwargs: Any) -> str:
        path = made(*args, **kwargs)
        if Path(path).parent == root:
            raise KeyboardInterrupt
        return path

    monkeypatch.setattr(tempfile, "mkdtemp", made_then_stopped)
    with pytest.raises(KeyboardInterrupt):
        save(str(_article(tmp_path)), NarrationConfig(loudness_lufs=loudness), root)
    assert sorted(path.name for path in root.iterdir()) == []
