"""Workers let go: when nothing but chunks is handed to them, they end as soon as the last
chunk's speech is taken, while this process writes the last of it, not once the jobs close."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import process_running, wait_until
from test_jobs import CONFIG, SEED, ToneEngine, _speech

from narrator.pipeline import plan
from narrator.pipeline.jobs import SpeechJobs, can_fork


@pytest.mark.parametrize("let_go", [True, False], ids=["let-go", "kept"])
def test_workers_let_go_end_once_the_last_chunk_is_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, let_go: bool
) -> None:
    monkeypatch.setenv("TONE_ENGINE_PIDS", str(tmp_path))
    assert can_fork()
    alone = _speech(jobs=1, articles=1)
    narration = plan(str(SEED), CONFIG)
    with SpeechJobs(replace(CONFIG, jobs=2), "tone", ToneEngine, articles=2) as speech:
        if let_go:
            speech.let_go_when_done()
        clips = [clip for _, made in speech.by_plan([narration, narration]) for clip in made]
        names = {path.name for path in tmp_path.iterdir() if path.name.isdigit()}
        workers = [int(name) for name in names - {str(os.getpid())}]
        assert len(workers) == 2
        if let_go:
            assert wait_until(lambda: not any(map(process_running, workers)), timeout_s=5)
        else:
            assert all(map(process_running, workers))  # until the jobs close
    assert not any(map(process_running, workers))
    assert [clip.frames for clip in clips] == [clip.frames for clip in alone]


def test_workers_are_not_let_go_while_a_plan_is_still_to_come(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TONE_ENGINE_PIDS", str(tmp_path))
    narration = plan(str(SEED), CONFIG)
    with SpeechJobs(replace(CONFIG, jobs=2), "tone", ToneEngine, articles=2) as speech:
        speech.let_go_when_done()
        work = speech.by_plan([narration, narration])
        _, first = next(work)
        assert len(list(first)) == len(narration.chunks)
        workers = [int(path.name) for path in tmp_path.iterdir() if path.name.isdigit()]
        assert len(workers) == 2 and all(map(process_running, workers))
        _, second = next(work)
        assert len(list(second)) == len(narration.chunks)
