"""Parallel synthesis: worker engines give the same bytes in the same order as one engine;
batches of articles and folders; the first error reported cleanly; Ctrl-C stops everything."""

from __future__ import annotations

import contextlib
import json
import math
import os
import signal
import struct
import subprocess
import sys
import wave
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import children_of, process_running, seed_articles, wait_until

from narrator import NarrationConfig
from narrator.audio.wav import Clip
from narrator.cli import main
from narrator.errors import EngineError
from narrator.pipeline import plan
from narrator.pipeline.jobs import SpeechJobs, can_fork
from narrator.synthesis import Pyttsx3Synthesizer

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "reuters-atacms-crimea.txt"
CONFIG = NarrationConfig(use_cache=False)


class ToneEngine:
    """A deterministic engine for worker processes: a tone whose pitch and length come from the
    text, and a file per process in $TONE_ENGINE_PIDS so a test sees which processes ran."""

    name = "tone"

    def __init__(self) -> None:
        Path(os.environ["TONE_ENGINE_PIDS"], str(os.getpid())).write_text(str(os.nice(0)))

    def speak(self, text: str) -> None:
        raise AssertionError("not used")

    def save(self, text: str, path: Path) -> None:
        with open(Path(os.environ["TONE_ENGINE_PIDS"], "calls"), "a") as calls:
            calls.write(text[:20].replace("\n", " ") + "\n")
        step = 0.05 + (sum(map(ord, text)) % 97) / 200
        samples = (int(6000 * math.sin(i * step)) for i in range(len(text) * 40))
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(16000)
            out.writeframes(b"".join(struct.pack("<h", s) for s in samples))


def _speech(jobs: int, articles: int) -> list[Clip]:
    narration = plan(str(SEED), CONFIG)
    speech = SpeechJobs(replace(CONFIG, jobs=jobs), "tone", ToneEngine, articles=articles)
    with speech:
        return [clip for _, clips in speech.by_plan([narration, narration]) for clip in clips]


@pytest.mark.parametrize("forked", [True, False], ids=["forked", "spawned"])
def test_two_worker_processes_give_the_bytes_of_one_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked: bool
) -> None:
    monkeypatch.setenv("TONE_ENGINE_PIDS", str(tmp_path))
    if not forked:
        monkeypatch.setattr("narrator.pipeline.jobs.can_fork", lambda: False)
    else:
        assert can_fork()
    alone = _speech(jobs=1, articles=1)
    assert [p.name for p in tmp_path.iterdir() if p.name.isdigit()] == [str(os.getpid())]
    (tmp_path / str(os.getpid())).unlink()

    together = _speech(jobs=2, articles=2)
    workers = {p.name for p in tmp_path.iterdir() if p.name.isdigit()}
    assert len(workers) == 2 and str(os.getpid()) not in workers
    # The engines yield to this process, which feeds them and writes the files.
    assert {(tmp_path / pid).read_text() for pid in workers} == {str(min(os.nice(0) + 5, 19))}
    assert [c.frames for c in together] == [c.frames for c in alone]
    assert len(together) == 2 * len(plan(str(SEED), CONFIG).chunks)


def test_chunks_handed_out_while_cutting_are_not_made_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TONE_ENGINE_PIDS", str(tmp_path))
    assert can_fork()  # workers start before the plan is complete only when forked
    alone = _speech(jobs=1, articles=1)
    (tmp_path / "calls").unlink()
    narration = plan(str(SEED), CONFIG)
    with SpeechJobs(replace(CONFIG, jobs=2), "tone", ToneEngine) as speech:
        speech.start()
        for chunk in narration.chunks:
            speech.prefetch(chunk)
        clips = [clip for _, made in speech.by_plan([narration, narration]) for clip in made]
    assert [c.frames for c in clips] == [c.frames for c in alone]
    calls = (tmp_path / "calls").read_text().splitlines()
    assert len(calls) == 2 * len(narration.chunks)


class StumblingToneEngine(ToneEngine):
    """A tone engine that cannot say the text in $TONE_ENGINE_STUMBLES."""

    def save(self, text: str, path: Path) -> None:
        if text == os.environ["TONE_ENGINE_STUMBLES"]:
            raise EngineError("the engine stumbled")
        super().save(text, path)


def test_a_chunk_the_engine_cannot_make_fails_in_its_turn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a batch the workers are handed a few chunks at once: the chunks before the one
    that fails, handed out with it, still come, and its error comes in its place."""
    narration = plan(str(SEED), CONFIG)
    monkeypatch.setenv("TONE_ENGINE_PIDS", str(tmp_path))
    monkeypatch.setenv("TONE_ENGINE_STUMBLES", narration.chunks[2].spoken)
    made: list[Any] = []
    speech = SpeechJobs(replace(CONFIG, jobs=2), "tone", StumblingToneEngine, articles=2)
    with speech, pytest.raises(EngineError, match="the engine stumbled"):
        for _, clips in speech.by_plan([narration, narration]):
            made.extend(clips)
    assert len(made) == 2


def _manifest(folder: Path) -> Any:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def test_jobs_two_matches_jobs_one_with_real_espeak(tmp_path: Path) -> None:
    """espeak-ng carries its pitch flutter and roughness from one utterance to the next, so
    chunks made by other engines differ a little: text, order, files and timing match, to 60 ms
    and half a percent per chunk."""
    articles = [str(p) for p in seed_articles(tmp_path / "in", 2, "Dispatch number")]
    runner = CliRunner()
    for jobs in ("1", "2"):
        args = ["save", *articles, "-o", str(tmp_path / jobs), "--jobs", jobs, "--no-cache"]
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
    for name in ("dispatch-number-0", "dispatch-number-1"):
        one, two = _manifest(tmp_path / "1" / name), _manifest(tmp_path / "2" / name)
        assert [c["spoken"] for c in one["chunks"]] == [c["spoken"] for c in two["chunks"]]
        for a, b in zip(one["chunks"], two["chunks"], strict=True):
            length_one, length_two = a["end_s"] - a["start_s"], b["end_s"] - b["start_s"]
            assert abs(length_one - length_two) <= 0.06 + 0.005 * length_one
        assert sorted(p.name for p in (tmp_path / "2" / name).iterdir()) == sorted(
            p.name for p in (tmp_path / "1" / name).iterdir()
        )


def test_reproducible_speech_is_byte_identical_whatever_the_jobs(tmp_path: Path) -> None:
    """With --reproducible each chunk is made by a fresh fork of a started engine: real espeak-ng
    then gives the same bytes in every file with one engine or two, in another process, and
    after this process's own engine has spoken."""
    articles = [str(p) for p in seed_articles(tmp_path / "in", 2, "Dispatch number")]
    options = ["--no-cache", "--reproducible"]
    command = [sys.executable, "-m", "narrator", "save", *articles, "-o", str(tmp_path / "1")]
    subprocess.run([*command, "--jobs", "1", *options], check=True, capture_output=True)
    Pyttsx3Synthesizer().save("Something else entirely, said first.", tmp_path / "other.wav")
    for run in ("2", "again"):
        args = ["save", *articles, "-o", str(tmp_path / run), "--jobs", "2", *options]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    files = {
        run: {p.relative_to(tmp_path / run): p.read_bytes() for p in (tmp_path / run).glob("*/*")}
        for run in ("1", "2", "again")
    }  # the narrations' folders: the output folder's feed.xml says when it was built
    assert len(files["1"]) == 2 * (  # the chunks, the whole, 2 transcripts, playlist, manifest,
        len(_manifest(tmp_path / "1" / "dispatch-number-0")["chunks"]) + 6  # podcast chapters
    )
    assert files["2"] == files["1"]
    assert files["again"] == files["1"]


def test_a_folder_of_articles_is_saved_in_order(tmp_path: Path) -> None:
    seed_articles(tmp_path / "in", 3, "Dispatch number")
    (tmp_path / "in" / ".hidden.txt").write_text("Hidden\n\nNot read.")
    (tmp_path / "in" / "notes.json").write_text("{}")
    result = CliRunner().invoke(main, ["save", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    folders = [line.split("  ")[0] for line in result.output.splitlines() if line.startswith("/")]
    assert folders == [str(tmp_path / "out" / f"dispatch-number-{n}") for n in range(3)]


def test_articles_with_one_title_get_their_own_folders(tmp_path: Path) -> None:
    out = tmp_path / "out"
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes())
    args = ["save", str(SEED), str(copy), str(SEED), "-o", str(out), "-j", "1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    slug = "russia-vows-retaliation-against-us-for-ukraines-atacms"
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == [slug, f"{slug}-2"]


def test_a_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["save", str(tmp_path / "empty")])
    assert (result.exit_code, result.output) == (
        1,
        f"Error: '{tmp_path / 'empty'}' holds no article files "
        "(.htm, .html, .markdown, .md, .mdown, .text, .txt, .xhtml); "
        "give files or another folder\n",
    )


def test_the_first_error_stops_the_batch_cleanly(tmp_path: Path) -> None:
    good = seed_articles(tmp_path / "in", 2, "Dispatch number")
    missing = tmp_path / "in" / "missing.txt"
    out = tmp_path / "out"
    args = ["save", str(good[0]), str(missing), str(good[1]), "-o", str(out), "-j", "2"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        f"Error: '{missing}' does not exist; check the path of the article"
    )
    assert [p.name for p in out.iterdir()] == ["dispatch-number-0"]


def test_what_a_batch_wrote_before_an_unreadable_article_is_reported(tmp_path: Path) -> None:
    """At a loudness the engine workers finish the narrations after their chunks: the ones
    staged before the bad article are finished, and each is shown before the error."""
    good = seed_articles(tmp_path / "in", 2, "Dispatch number")
    unreadable = tmp_path / "in" / "data.txt"
    unreadable.write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out"
    args = ["save", str(good[0]), str(good[1]), str(unreadable), "-o", str(out), "-j", "2"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert result.output.splitlines()[-1].startswith(f"Error: '{unreadable}' is not a text file")
    assert sorted(p.name for p in out.iterdir()) == ["dispatch-number-0", "dispatch-number-1"]
    shown = [line.split("  (")[0] for line in result.output.splitlines() if line.startswith("/")]
    assert shown == [str(out / "dispatch-number-0"), str(out / "dispatch-number-1")]


def test_a_worker_engine_that_cannot_start_is_one_line(tmp_path: Path) -> None:
    articles = [str(p) for p in seed_articles(tmp_path / "in", 2, "Dispatch number")]
    args = ["save", *articles, "-o", str(tmp_path / "out"), "-j", "2", "--voice", "martian"]
    result = subprocess.run(
        [sys.executable, "-m", "narrator", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        "Error: unknown voice 'martian'; run 'narrator voices' to list the voices\n"
    )
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_jobs_out_of_range() -> None:
    result = CliRunner().invoke(main, ["save", str(SEED), "--jobs", "0"])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        "Error: Invalid value for '-j' / '--jobs': 0 is not in the range 1<=x<=64."
    )


def _running_in_group(group: int) -> list[int]:
    """Processes of the process group that are still running (exited zombies aside)."""
    running = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            running.append(int(stat.parent.name))
    return running


def test_ctrl_c_stops_workers_and_leaves_no_half_written_file(
    tmp_path: Path, cache_dir: Path
) -> None:
    articles = [str(p) for p in seed_articles(tmp_path / "in", 12, "Dispatch number")]
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "narrator", "save", *articles, "-o", str(out), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    process.stdout.readline()  # the first article is written: the workers are busy
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1
    assert stderr.splitlines()[-1] == "Aborted!"
    assert "Traceback" not in stderr
    # No worker outlives the command (one that got the signal too may take a moment to go).
    assert wait_until(lambda: _running_in_group(process.pid) == [], timeout_s=30)
    written = sorted(p.name for p in out.iterdir())
    assert 1 <= len(written) < 12  # it stopped: the other articles were never written
    assert all(not name.startswith(".") for name in written), (written, stderr)
    for name in written:
        assert (out / name / "manifest.json").exists()
    assert list(cache_dir.rglob("*.tmp")) == []


def test_the_engine_workers_end_when_the_command_is_killed(tmp_path: Path) -> None:
    article = tmp_path / "long.txt"
    body = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    article.write_text("A long read\n" + body * 6, encoding="utf-8")
    command = [sys.executable, "-m", "narrator", "save", str(article), "-o", str(tmp_path / "out")]
    save = subprocess.Popen([*command, "--no-cache", "--loudness", "off", "-j", "2"])
    try:
        assert wait_until(lambda: len(_workers(save.pid)) == 2)
        workers = _workers(save.pid)
    finally:
        save.kill()
        save.wait()
    assert wait_until(lambda: not any(process_running(pid) for pid in workers), timeout_s=30)


def _workers(pid: int) -> list[int]:
    """The engine workers among `pid`'s children: those running at a lower priority than it
    (compared with its own, so that a suite run under `nice` finds them too)."""
    niced = []
    for child in children_of(pid) if process_running(pid) else []:
        with contextlib.suppress(FileNotFoundError):
            if _nice(child) > _nice(pid):
                niced.append(child)
    return niced


def _nice(pid: int) -> int:
    """The nice value of process `pid`, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[16])
