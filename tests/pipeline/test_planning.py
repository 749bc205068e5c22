"""Plans made ahead: the command line reads and cuts its articles in a forked process."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import children_of, process_running, wait_until

from narrator.errors import InputError, NarratorError
from narrator.models import Chunk, NarrationConfig
from narrator.pipeline import plan
from narrator.pipeline.planning import PlansHere, PlansInAChild, plans_for
from narrator.spoken.lexicon import LexiconError

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "reuters-atacms-crimea.txt"
MARKDOWN = ROOT / "tests" / "articles" / "hugo-night-trains.md"
CONFIG = NarrationConfig()


def test_plans_made_in_a_child_are_those_made_here() -> None:
    plans = plans_for([str(SEED), str(MARKDOWN)], CONFIG)
    assert isinstance(plans, PlansInAChild)
    try:
        for source in (SEED, MARKDOWN):
            expected = plan(str(source), CONFIG)
            assert plans.article() == expected.article
            told: list[Chunk] = []
            assert plans.plan(told.append) == expected
            assert tuple(told) == expected.chunks
    finally:
        plans.close()


def test_errors_come_in_their_turn_and_the_others_are_planned(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    plans = plans_for([str(SEED), str(missing), str(MARKDOWN)], CONFIG)
    try:
        assert plans.article().title.startswith("Russia vows retaliation")
        assert len(plans.plan().chunks) == 24
        with pytest.raises(InputError, match=r"missing\.txt' does not exist"):
            plans.article()
        assert plans.article() == plan(str(MARKDOWN), CONFIG).article
    finally:
        plans.close()


def test_an_article_whose_plan_is_not_asked_for_is_skipped() -> None:
    with_markdown = plans_for([str(SEED), str(MARKDOWN)], CONFIG)
    try:
        with_markdown.article()
        assert with_markdown.article() == plan(str(MARKDOWN), CONFIG).article
        assert with_markdown.plan() == plan(str(MARKDOWN), CONFIG)
    finally:
        with_markdown.close()


def test_an_error_cutting_an_article_is_raised_by_its_plan(tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon.toml"
    lexicon.write_text("ATACMS = \n", encoding="utf-8")
    config = NarrationConfig(lexicon_path=lexicon)
    plans = plans_for([str(SEED), str(SEED)], config)
    try:
        for _ in range(2):
            plans.article()
            with pytest.raises(LexiconError):
                plans.plan()
    finally:
        plans.close()


def test_closing_early_stops_a_child_that_is_still_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)  # reading it waits for a writer that never comes
    plans = plans_for([str(fifo)], CONFIG)
    assert isinstance(plans, PlansInAChild)
    child = plans._pid
    plans.close()  # returns only once the child is stopped: it would read the FIFO forever
    assert not process_running(child)
    plans.close()  # a second close does nothing


def test_the_child_ends_when_its_parent_is_killed(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)  # the child waits on it for a writer that never comes
    script = (
        "import os, sys, time\n"
        "from narrator.models import NarrationConfig\n"
        "from narrator.pipeline.planning import plans_for\n"
        "plans = plans_for([sys.argv[1]], NarrationConfig())\n"
        "print(os.getpid(), flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script, str(fifo)], stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    pid = int(parent.stdout.readline())
    children = children_of(pid)
    assert len(children) == 1
    parent.kill()
    parent.wait()
    assert wait_until(lambda: not process_running(children[0]), timeout_s=30)


def test_a_bug_in_the_child_is_raised_with_its_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise ValueError("a bug while cutting")

    monkeypatch.setattr("narrator.pipeline.planning.cut", broken)
    plans = plans_for([str(SEED)], CONFIG)
    try:
        plans.article()
        with pytest.raises(RuntimeError, match=r"(?s)reading the articles failed.*ValueError"):
            plans.plan()
    finally:
        plans.close()


def test_a_child_that_dies_is_an_error_not_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("narrator.pipeline.planning.read", lambda source, config: os._exit(3))
    plans = plans_for([str(SEED)], CONFIG)
    try:
        with pytest.raises(RuntimeError, match="ended unexpectedly"):
            plans.article()
    finally:
        plans.close()


def test_plans_are_made_here_where_a_fork_is_not_safe() -> None:
    article = plan(str(SEED), CONFIG).article
    assert isinstance(plans_for([article], CONFIG), PlansHere)
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        here = plans_for([str(SEED)], CONFIG)
    finally:
        release.set()
        other.join()
    assert isinstance(here, PlansHere)
    assert here.article() == article
    assert here.plan() == plan(str(SEED), CONFIG)


def test_plans_are_made_here_when_no_process_can_be_forked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    plans = plans_for([str(SEED)], CONFIG)
    assert isinstance(plans, PlansHere)
    plans.article()
    assert plans.plan() == plan(str(SEED), CONFIG)


def test_save_reads_standard_input_in_the_child(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "narrator", "save", "-", "-o", str(tmp_path), "--loudness", "off"],
        input=SEED.read_bytes(),
        capture_output=True,
        check=False,
        timeout=120,
        env={**os.environ, "NARRATOR_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "russia-vows-retaliation-against-us-for-ukraines-atacms"
    assert len(list(folder.glob("[0-9][0-9][0-9].wav"))) == 24


def test_every_narrator_error_survives_the_pipe() -> None:

    errors = [NarratorError, *_subclasses(NarratorError)]
    assert len(errors) >= 7
    for kind in errors:
        copied = pickle.loads(pickle.dumps(kind("what went wrong; what to do")))
        assert (type(copied), str(copied)) == (kind, "what went wrong; what to do")


def _subclasses(kind: type) -> list[type]:
    return [sub for direct in kind.__subclasses__() for sub in (direct, *_subclasses(direct))]
