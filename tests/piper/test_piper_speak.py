"""`speak --engine piper` through ALSA's default device captured to a file, and Piper's speed
against espeak-ng's at the same --rate."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED, CaptureDevice
from piper_helpers import VOICE, duration_s, needs_piper, samples, write_article

from narrator import NarrationConfig, plan
from narrator.synthesis import PiperSynthesizer, Pyttsx3Synthesizer, Synthesizer

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def _narrator(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # In a process of its own: a voice loaded here with a thread pool would keep this test
    # process from forking workers for the tests after it.
    return subprocess.run(
        [sys.executable, "-m", "narrator", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=240,
        check=False,
    )


def test_speak_plays_every_chunk_of_a_piper_narration(
    tmp_path: Path, capture_device: CaptureDevice
) -> None:
    needs_piper()
    article = write_article(tmp_path)
    voice = ["--engine", "piper", "--voice", VOICE, "--pause-paragraph", "0.1"]
    saved = _narrator("save", str(article), "-o", "out", "--loudness", "off", *voice, cwd=tmp_path)
    assert saved.returncode == 0, saved.stderr
    manifest = json.loads(next((tmp_path / "out").glob("*/manifest.json")).read_text())
    speech_s = sum(c["end_s"] - c["start_s"] - c["pause_after_s"] for c in manifest["chunks"])
    # The speech made for `save` is in the chunk cache: `speak` plays the same chunks.
    spoken = _narrator("speak", str(article), *voice, cwd=tmp_path)
    assert spoken.returncode == 0, spoken.stderr
    played_s = capture_device.played_bytes() / 2 / 22050
    assert played_s == pytest.approx(speech_s, rel=0.10)


def _speech_s(engine: Synthesizer, texts: list[str]) -> float:
    total = 0.0
    for text in texts:
        made = engine.samples(text)
        assert made is not None
        rate, frames = made
        total += len(frames) / 2 / rate
    return total


def test_175_wpm_is_about_as_fast_as_espeak_ng() -> None:
    needs_piper()
    texts = [chunk.spoken for chunk in plan(str(SEED), NarrationConfig()).chunks[2:6]]
    piper_s = _speech_s(PiperSynthesizer(VOICE, rate_wpm=175), texts)
    espeak_s = _speech_s(Pyttsx3Synthesizer(rate_wpm=175), texts)
    assert piper_s == pytest.approx(espeak_s, rel=0.15)


def test_twice_the_rate_takes_about_half_the_time() -> None:
    needs_piper()
    text = "The harbour master posts the times of the tides on the quay every morning."
    slow_s = _speech_s(PiperSynthesizer(VOICE, rate_wpm=150), [text])
    fast_s = _speech_s(PiperSynthesizer(VOICE, rate_wpm=300), [text])
    assert slow_s / fast_s == pytest.approx(2.0, rel=0.2)


def test_the_piper_engine_is_a_synthesizer_that_saves_what_it_makes(tmp_path: Path) -> None:
    needs_piper()
    engine = PiperSynthesizer(VOICE, threads=1)
    assert isinstance(engine, Synthesizer)
    assert engine.engine_id.startswith("piper-tts ")
    engine.save("", tmp_path / "empty.wav")
    assert duration_s(tmp_path / "empty.wav") == 0.0
    engine.save("Good morning.", tmp_path / "morning.wav")
    frames, rate = samples(tmp_path / "morning.wav")
    assert rate == 22050
    assert 0.4 < len(frames) / rate < 3.0
    assert max(abs(sample) for sample in frames) == pytest.approx(0.89 * 32767, rel=0.01)


SAID_EARLY = """
import json, sys, threading
from narrator import pipeline
from narrator.models import NarrationConfig
from narrator.pipeline.engines import start_warming
from narrator.pipeline.jobs import SpeechJobs
from narrator.player.playback import AplayPlayer

made = []
make = SpeechJobs._synthesize_here

def recording(jobs, slot):
    made.append((threading.current_thread().name, slot.text))
    return make(jobs, slot)

class Instant:
    def done(self): return True
    def played_s(self): return 0.0
    def pause(self): pass
    def resume(self): pass
    def stop(self): pass

SpeechJobs._synthesize_here = recording
AplayPlayer.start = lambda player, chunk, clip: Instant()
config = NarrationConfig(engine="piper", voice=sys.argv[2], pause_paragraph_s=0, pause_section_s=0)
with pipeline.start([sys.argv[1]], config) as started:
    start_warming(config)
    started.speak(interactive=False)
print(json.dumps(made))
"""
"""speak as the command line runs it, recording which thread makes each chunk's speech."""


def test_speak_says_the_first_chunk_with_the_loaded_voice_while_the_rest_is_cut(
    tmp_path: Path, capture_device: CaptureDevice, cache_dir: Path
) -> None:
    """The first chunk is said by the thread reading the plan once the voice has loaded, into
    the chunk cache, where the prefetcher finds it: every chunk is made once."""
    needs_piper()
    article = write_article(tmp_path)
    ran = subprocess.run(
        [sys.executable, "-c", SAID_EARLY, str(article), VOICE],
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    made = json.loads(ran.stdout.splitlines()[-1])  # after what speak shows
    config = NarrationConfig(engine="piper", voice=VOICE, pause_paragraph_s=0, pause_section_s=0)
    assert [text for _, text in made] == [
        chunk.spoken for chunk in plan(str(article), config).chunks
    ]
    assert made[0][0] == "MainThread"
    assert {thread for thread, _ in made[1:]} == {"narrator-prefetch"}
