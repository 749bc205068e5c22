"""The planning process's warm-up: the imports and the English rules always, the sample cut
only while its sources have not come."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
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


_WARM_UP = """
import json, sys
from narrator.pipeline.warming import warm_up
from narrator.spoken import language_for
parts = [function for rule in language_for("en").rules for _, function in rule.parts()]
deferred = [function.module for function in parts if hasattr(function, "module")]
before = [module for module in deferred if module in sys.modules]
warm_up(given=lambda: False)
print(json.dumps({"deferred": deferred, "before": before,
                  "after": [module for module in deferred if module in sys.modules]}))
"""


def test_the_rules_the_sample_did_not_need_are_imported_while_the_sources_have_not_come(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs = [
        subprocess.run([sys.executable, "-c", _WARM_UP], env=env, capture_output=True, text=True)
        for _ in range(2)  # the first keeps what the second defers (narrator.spoken.deferred)
    ]
    assert all(run.returncode == 0 for run in runs), runs[-1].stderr
    second = json.loads(runs[1].stdout)
    assert second["deferred"] and not second["before"]
    assert second["after"] == second["deferred"]
