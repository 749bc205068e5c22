"""The planning process's warm-up: the imports and the English rules always, the sample cut
only while its sources have not come."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

from narrator import segmenter
from narrator.pipeline.warming import warm_up


@pytest.fixture
def cuts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The titles of the articles the segmenter is asked to cut."""
    asked: list[str] = []
    real = segmenter.segment

    def recorded(article: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        asked.append(article.title)
        return real(article, *args, **kwargs)

    monkeypatch.setattr(segmenter, "segment", recorded)
    return asked


def test_the_sample_is_cut_while_the_sources_have_not_come(cuts: list[str]) -> None:
    warm_up(given=lambda: False)
    assert cuts == ["Ready"]
    assert "narrator.spoken.en" in sys.modules


def test_sources_that_have_come_are_not_kept_waiting_for_the_sample(cuts: list[str]) -> None:
    warm_up(given=lambda: True)
    assert cuts == []
    assert "narrator.spoken.en" in sys.modules  # the rules are loaded all the same
