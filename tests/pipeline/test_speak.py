"""Speaking through ALSA's default device, captured to a file, and failing clearly without one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import wave
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import CaptureDevice, FakeSynthesizer

from narrator import Chunk, NarrationConfig, plan, speak, synthesis
from narrator.audio.wav import Clip
from narrator.cli import main
from narrator.errors import AudioOutputError
from narrator.pipeline.speaking import SPEAK_AHEAD as _SPEAK_AHEAD
from narrator.player.playback import AplayPlayer
from narrator.synthesis import output

ARTICLE = """Markets steady after a long week

By A. Reporter

Stocks closed a little higher on Friday, as traders weighed fresh numbers on jobs and prices.

The central bank said it would keep rates where they are for now. Analysts expect a cut next year.

OUTLOOK

Most economists see slower growth, but no recession, in the coming months.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "markets.txt"
    path.write_text(ARTICLE)
    return path


def _speech_seconds(article: Path, out: Path) -> tuple[float, int]:
    """The narration's speech time, pauses aside, and its sample rate, from a saved copy."""
    result = CliRunner().invoke(main, ["save", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    manifest = json.loads(next(out.glob("*/manifest.json")).read_text())
    speech = sum(c["end_s"] - c["start_s"] - c["pause_after_s"] for c in manifest["chunks"])
    folder = next(out.glob("*/"))
    with wave.open(str(folder / manifest["chunks"][0]["file"])) as audio:
        return speech, audio.getframerate()


def test_speak_plays_every_chunk(
    article: Path, tmp_path: Path, capture_device: CaptureDevice
) -> None:
    speech_s, rate = _speech_seconds(article, tmp_path / "saved")
    result = CliRunner().invoke(main, ["speak", str(article), "--pause-paragraph", "0.1"])
    assert result.exit_code == 0, result.output
    played_s = capture_device.played_bytes() / 2 / rate
    assert played_s == pytest.approx(speech_s, rel=0.10)


def test_speak_without_a_sound_device_fails_clearly(article: Path, no_audio_device: str) -> None:
    result = CliRunner().invoke(main, ["speak", str(article)])
    assert result.exit_code == 1
    assert result.output == (
        "Error: cannot play audio: no sound device was found; "
        "use 'narrator save' to write audio files instead\n"
    )


def test_speak_without_aplay_fails_clearly(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    result = CliRunner().invoke(main, ["speak", str(article)])
    assert result.exit_code == 1
    assert result.output == (
        "Error: cannot play audio: 'aplay' was not found (install alsa-utils); "
        "or use 'narrator save' to write audio files\n"
    )


def test_an_unreadable_article_is_reported_before_the_audio_output(
    tmp_path: Path, no_audio_device: str
) -> None:
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(main, ["speak", str(missing)])
    assert (result.exit_code, result.output) == (
        1,
        f"Error: '{missing}' does not exist; check the path of the article\n",
    )


def test_a_probe_that_hangs_means_no_sound_device_and_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = tmp_path / "started"
    aplay = tmp_path / "aplay"
    aplay.write_text(f"#!/bin/sh\necho $$ > {started}\nexec sleep 60\n")
    aplay.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}")
    monkeypatch.setattr(output, "PROBE_TIMEOUT_S", 0.5)
    with (
        synthesis.AudioOutputCheck() as audio_output,
        pytest.raises(AudioOutputError, match="no sound device"),
    ):
        audio_output.verify()
    pid = int(started.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_the_engine_started_alongside_is_ready_and_a_failure_waits_for_its_use() -> None:
    script = (
        "import ctypes, sys\n"
        "from narrator import synthesis\n"
        "if sys.argv[1] == 'refused':\n"
        "    def _refuse(*a, **k):\n"
        "        raise OSError('libespeak-ng.so.1: cannot open shared object file')\n"
        "    ctypes.cdll.LoadLibrary = _refuse\n"
        "with synthesis.engine_starting():\n"
        "    pass\n"
        "print(synthesis.engine_started())\n"
        "try:\n"
        "    synthesis.Pyttsx3Synthesizer()\n"
        "except synthesis.EngineError as error:\n"
        "    print(str(error).split(' (')[0])\n"
    )
    for case, expected in (
        ("working", "True\n"),
        ("refused", "False\nthe speech engine could not start\n"),
    ):
        result = subprocess.run(
            [sys.executable, "-c", script, case],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert (result.returncode, result.stdout, result.stderr) == (0, expected, "")


class _Instant:
    """A playback that is over at once."""

    def done(self) -> bool:
        return True

    def played_s(self) -> float:
        return 0.0

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def stop(self) -> None: ...


def test_speak_starts_playing_before_later_chunks_are_made(
    seed: Path,
    fake_engine: FakeSynthesizer,
    capture_device: CaptureDevice,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made_when_played: list[int] = []

    def play(player: AplayPlayer, chunk: Chunk, clip: Clip | None) -> _Instant:
        made_when_played.append(len(fake_engine.saved))
        return _Instant()

    monkeypatch.setattr(AplayPlayer, "start", play)
    config = NarrationConfig(
        pause_paragraph_s=0.0, pause_heading_s=0.0, pause_section_s=0.0, pause_title_s=0.0
    )
    narration = plan(str(seed), config)
    speak(narration, config, synthesizer=fake_engine, interactive=False)
    chunks = len(narration.chunks)
    assert len(made_when_played) == chunks
    assert made_when_played[0] <= 1 + _SPEAK_AHEAD < chunks
    assert fake_engine.saved == [c.spoken for c in narration.chunks]


def test_speak_keeps_the_cache_under_its_size(
    seed: Path,
    fake_engine: FakeSynthesizer,
    capture_device: CaptureDevice,
    cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(AplayPlayer, "start", lambda player, chunk, clip: _Instant())
    config = NarrationConfig(pause_paragraph_s=0.0, pause_section_s=0.0, cache_max_mb=1)
    narration = plan(str(seed), config)
    speak(narration, config, synthesizer=fake_engine, interactive=False)
    assert len(fake_engine.saved) == len(narration.chunks)
    entries = list(cache_dir.glob("??/*.wav"))
    assert entries
    assert sum(p.stat().st_size for p in entries) <= 2**20


def test_speak_says_the_first_chunk_while_the_planning_process_cuts_the_rest(
    article: Path,
    capture_device: CaptureDevice,
    cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first chunk's speech is made as soon as it arrives, on the thread reading the plan,
    into the chunk cache, where the prefetcher finds it: every chunk is made once."""
    import threading

    from narrator import pipeline
    from narrator.pipeline.jobs import SpeechJobs
    from narrator.pipeline.planning import PlansInAChild

    made: list[tuple[str, str]] = []
    make = SpeechJobs._synthesize_here

    def recording(jobs: SpeechJobs, slot: Any) -> Clip:
        made.append((threading.current_thread().name, slot.text))
        return make(jobs, slot)

    monkeypatch.setattr(SpeechJobs, "_synthesize_here", recording)
    monkeypatch.setattr(AplayPlayer, "start", lambda player, chunk, clip: _Instant())
    config = NarrationConfig(pause_paragraph_s=0.0, pause_section_s=0.0)
    with pipeline.start([str(article)], config) as started:
        assert isinstance(started._plans, PlansInAChild)
        started.speak(interactive=False)
    spoken = [chunk.spoken for chunk in plan(str(article), config).chunks]
    assert [text for _, text in made] == spoken
    assert made[0][0] == "MainThread"
    assert {thread for thread, _ in made[1:]} == {"narrator-prefetch"}
