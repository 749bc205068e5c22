"""How a batch hands its chunks to the engine workers: a few at a time and never none, the
chunks handed out while an article is still being cut too; and what the forked workers share
from this process (its engine, started once before they are forked)."""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from test_jobs import CONFIG, SEED, ToneEngine

from narrator.audio.wav import Clip
from narrator.models import Plan
from narrator.pipeline import plan
from narrator.pipeline.jobs import SpeechJobs, can_fork
from narrator.pipeline.workers import Job, Made, synthesize_all_in_worker

HANDOUT = 4


def _articles(folder: Path, count: int) -> list[Plan]:
    """`count` plans of the seed, each paragraph opened differently: no chunk is shared."""
    folder.mkdir()
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    plans = []
    for number in range(count):
        paragraphs = [f"Report {number}. {p}" for p in body.split("\n\n") if p.strip()]
        path = folder / f"article-{number}.txt"
        path.write_text(f"{title} {number}\n" + "\n\n".join(paragraphs), encoding="utf-8")
        plans.append(plan(str(path), CONFIG))
    return plans


def _logged(jobs: list[Job]) -> list[Made]:
    """The workers' job, which first notes how many chunks it was handed."""
    with open(os.environ["HANDOUTS_LOG"], "a", encoding="utf-8") as log:
        log.write(f"{len(jobs)}\n")
    return synthesize_all_in_worker(jobs)


def _cut_while_speaking(speech: SpeechJobs, plans: list[Plan]) -> Iterator[Plan]:
    """The plans as the pipeline gives them: each chunk is offered to the workers as it is
    cut, before its plan is complete (see narrator.pipeline.compose)."""
    for narration in plans:
        speech.start()
        for chunk in narration.chunks:
            speech.prefetch(chunk)
        yield narration


def _made(jobs: int, articles: int, plans: list[Plan], prefetch: bool) -> list[Clip]:
    speech = SpeechJobs(replace(CONFIG, jobs=jobs), "tone", ToneEngine, articles=articles)
    wanted = _cut_while_speaking(speech, plans) if prefetch else plans
    with speech:
        made = [clip for _, clips in speech.by_plan(wanted) for clip in clips]
    return [clip for clip in made if isinstance(clip, Clip)]


def test_a_batch_hands_out_its_chunks_a_few_at_a_time_even_while_cutting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert can_fork()  # chunks go out while an article is cut only to forked workers
    monkeypatch.setenv("TONE_ENGINE_PIDS", str(tmp_path))
    plans = _articles(tmp_path / "in", 3)
    alone = _made(1, 1, plans, prefetch=False)
    log = tmp_path / "handouts"
    monkeypatch.setenv("HANDOUTS_LOG", str(log))
    monkeypatch.setattr("narrator.pipeline.jobs.synthesize_all_in_worker", _logged)

    together = _made(2, len(plans), plans, prefetch=True)

    assert [c.frames for c in together] == [c.frames for c in alone]
    handouts = [int(line) for line in log.read_text().split()]
    chunks = sum(len(narration.chunks) for narration in plans)
    assert sum(handouts) == chunks and min(handouts) >= 1  # each chunk once; none empty
    # One at a time only while an engine may be waiting: the first chunks of the batch.
    assert len(handouts) <= math.ceil(chunks / HANDOUT) + 2 * len(plans)
    assert handouts.count(1) <= 2 + len(plans)


_started_in: list[int] = []
"""The processes `_start_here` ran in."""


def _start_here() -> None:
    _started_in.append(os.getpid())


class SharingToneEngine(ToneEngine):
    """A tone engine that notes, in each worker, what it found started before it."""

    def __init__(self) -> None:
        super().__init__()
        Path(os.environ["TONE_ENGINE_PIDS"], f"found-{os.getpid()}").write_text(
            " ".join(map(str, _started_in))
        )


@pytest.mark.parametrize("reproducible", [False, True], ids=["engines", "reproducible"])
def test_what_the_workers_share_is_started_once_before_they_are_forked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reproducible: bool
) -> None:
    monkeypatch.setenv("TONE_ENGINE_PIDS", str(tmp_path))
    monkeypatch.setattr(f"{__name__}._started_in", [])
    config = replace(CONFIG, jobs=2, reproducible=reproducible)
    narration = plan(str(SEED), CONFIG)
    speech = SpeechJobs(config, "tone", SharingToneEngine, articles=2, start_here=_start_here)
    with speech:
        made = [clip for _, clips in speech.by_plan([narration, narration]) for clip in clips]
    assert len(made) == 2 * len(narration.chunks)
    found = {path.read_text() for path in tmp_path.glob("found-*")}
    if reproducible:
        # Each chunk is made in a fork of a worker whose engine has never been started
        # elsewhere: nothing is started here.
        assert _started_in == [] and found == {""}
    else:
        assert _started_in == [os.getpid()]
        assert found == {str(os.getpid())}  # every worker started with it


def test_workers_that_are_spawned_start_everything_themselves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TONE_ENGINE_PIDS", str(tmp_path))
    monkeypatch.setattr(f"{__name__}._started_in", [])
    monkeypatch.setattr("narrator.pipeline.jobs.can_fork", lambda: False)
    narration = plan(str(SEED), CONFIG)
    config = replace(CONFIG, jobs=2)
    speech = SpeechJobs(config, "tone", ToneEngine, articles=2, start_here=_start_here)
    with speech:
        made = [clip for _, clips in speech.by_plan([narration, narration]) for clip in clips]
    assert len(made) == 2 * len(narration.chunks)
    assert _started_in == []
