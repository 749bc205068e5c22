"""Bookmarks: keyed by content, found again in a changed or re-chunked article, never fatal."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from listening_helpers import ARTICLE

from narrator import pipeline
from narrator.models import NarrationConfig, Plan
from narrator.player import bookmarks


@pytest.fixture(autouse=True)
def state_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NARRATOR_STATE_DIR", str(tmp_path / "state"))
    return tmp_path / "state" / "bookmarks"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE)
    return path


def _plan(article: Path, max_chunk_chars: int = 300) -> Plan:
    return pipeline.plan(str(article), NarrationConfig(max_chunk_chars=max_chunk_chars))


def test_a_saved_bookmark_resumes_at_its_chunk(article: Path) -> None:
    narration = _plan(article)
    bookmarks.save(narration, 4)
    assert bookmarks.resume(narration, warn=pytest.fail) == bookmarks.Resumption(4, False)


def test_the_key_ignores_how_the_article_is_chunked(article: Path) -> None:
    bookmarks.save(_plan(article), 6)
    heard = _plan(article).chunks[6].text
    finer = _plan(article, max_chunk_chars=60)
    resumed = bookmarks.resume(finer, warn=pytest.fail)
    assert resumed is not None and not resumed.changed
    assert heard.startswith(finer.chunks[resumed.chunk].text)


def test_a_changed_article_maps_to_the_nearest_matching_chunk(article: Path) -> None:
    bookmarks.save(_plan(article), 7)
    article.write_text(ARTICLE.replace("A temporary breakwater", "A temporary steel breakwater"))
    changed = _plan(article)
    assert bookmarks.resume(changed, warn=pytest.fail) == bookmarks.Resumption(7, True)


def test_saving_replaces_the_bookmark_of_an_earlier_version(
    article: Path, state_folder: Path
) -> None:
    bookmarks.save(_plan(article), 3)
    article.write_text(ARTICLE + "\nOne more line at the end.\n")
    bookmarks.save(_plan(article), 5)
    (only,) = state_folder.glob("*.json")
    assert json.loads(only.read_text())["chunk"] == 5


def test_clear_forgets_every_version(article: Path, state_folder: Path) -> None:
    bookmarks.save(_plan(article), 3)
    bookmarks.clear(_plan(article))
    assert list(state_folder.glob("*.json")) == []


def test_an_article_from_another_source_has_no_bookmark(article: Path, tmp_path: Path) -> None:
    bookmarks.save(_plan(article), 3)
    other = tmp_path / "other.txt"
    other.write_text("Another story\n\nNothing in common with the first.\n")
    assert bookmarks.resume(_plan(other), warn=pytest.fail) is None


@pytest.mark.parametrize(
    "content",
    ["", "[]", '{"version": 1, "chunk": "three"}', '{"version": 99}', "\xff\xfe"],
)
def test_an_unreadable_bookmark_is_ignored_with_a_warning(article: Path, content: str) -> None:
    narration = _plan(article)
    saved = bookmarks.save(narration, 2)
    saved.write_text(content, encoding="latin-1")
    warnings: list[str] = []
    assert bookmarks.resume(narration, warnings.append) is None
    assert len(warnings) == 1
    assert warnings[0].startswith(f"ignoring the unreadable bookmark {saved} (")


def test_content_key_changes_with_the_text(article: Path) -> None:
    narration = _plan(article)
    edited = replace(narration.article, title="Another title")
    assert bookmarks.content_key(narration.article) != bookmarks.content_key(edited)
