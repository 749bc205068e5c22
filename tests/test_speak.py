"""Speaking through ALSA's default device, captured to a file, and failing clearly without one."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CaptureDevice, FakeSynthesizer

from narrator import Chunk, NarrationConfig, plan, speak
from narrator.audio import Clip
from narrator.cli import main
from narrator.pipeline import _SPEAK_AHEAD
from narrator.playback import AplayPlayer

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
