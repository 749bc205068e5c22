"""The pyttsx3 synthesizer against real espeak-ng: every utterance complete, settings its own."""

from __future__ import annotations

import subprocess
import sys
import wave
from pathlib import Path

import pytest

from narrator.errors import EngineError
from narrator.synthesis import Pyttsx3Synthesizer

pytestmark = pytest.mark.slow  # real espeak-ng audio, measured

LONG_TEXT = (
    "Putin ordered drills to practise the deployment of tactical nuclear weapons, suggested "
    "Russia could deploy conventional missiles in striking distance of the United States and "
    "its allies, and sealed a mutual defence pact with North Korea."
)


def _seconds(path: Path) -> float:
    with wave.open(str(path)) as audio:
        return audio.getnframes() / audio.getframerate()


def test_the_first_save_of_a_fresh_process_is_complete(tmp_path: Path) -> None:
    """espeak-ng synthesizes on its own thread: the first utterance must still be waited for."""
    script = (
        "import sys; from pathlib import Path; from narrator.synthesis import Pyttsx3Synthesizer\n"
        "Pyttsx3Synthesizer().save(sys.argv[1], Path(sys.argv[2]))\n"
    )
    out = tmp_path / "first.wav"
    result = subprocess.run(
        [sys.executable, "-c", script, LONG_TEXT, str(out)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # no "Audio saved to …"
    assert 10 < _seconds(out) < 20


def test_consecutive_saves_hold_their_own_speech(tmp_path: Path) -> None:
    synthesizer = Pyttsx3Synthesizer()
    lengths = []
    for number, text in enumerate(["Short.", LONG_TEXT, "Short.", LONG_TEXT]):
        path = tmp_path / f"{number}.wav"
        synthesizer.save(text, path)
        lengths.append(_seconds(path))
    assert lengths[0] == pytest.approx(lengths[2], abs=0.05)
    assert lengths[1] == pytest.approx(lengths[3], abs=0.1)
    assert lengths[0] < 1.5 < 10 < lengths[1]


def test_each_synthesizer_keeps_its_own_rate_and_voice(tmp_path: Path) -> None:
    default = Pyttsx3Synthesizer()
    fast_other_voice = Pyttsx3Synthesizer(voice="gmw/en-us", rate_wpm=350)
    default.save(LONG_TEXT, tmp_path / "a.wav")
    fast_other_voice.save(LONG_TEXT, tmp_path / "fast.wav")
    default.save(LONG_TEXT, tmp_path / "b.wav")
    assert _seconds(tmp_path / "fast.wav") < 0.7 * _seconds(tmp_path / "a.wav")
    assert _seconds(tmp_path / "b.wav") == pytest.approx(_seconds(tmp_path / "a.wav"), abs=0.1)


def test_speech_made_in_memory_is_the_saved_speech(tmp_path: Path) -> None:
    """narrator starts espeak-ng in synchronous mode and collects its samples itself."""
    synthesizer = Pyttsx3Synthesizer()
    made = synthesizer.samples(LONG_TEXT)
    assert made is not None
    frame_rate, frames = made
    synthesizer.save(LONG_TEXT, tmp_path / "saved.wav")
    with wave.open(str(tmp_path / "saved.wav")) as saved:
        assert (saved.getframerate(), saved.getsampwidth()) == (frame_rate, 2)
        saved_frames = saved.getnframes()
    # espeak-ng's output drifts by a few samples from one utterance to the next in a process.
    assert abs(len(frames) // 2 - saved_frames) < 0.01 * saved_frames
    assert synthesizer.samples("   ") == (frame_rate, b"")


def test_an_empty_text_gives_an_empty_file(tmp_path: Path) -> None:
    Pyttsx3Synthesizer().save("   ", tmp_path / "empty.wav")
    assert _seconds(tmp_path / "empty.wav") == 0


def test_an_unknown_voice_is_refused() -> None:
    with pytest.raises(EngineError, match="unknown voice 'martian'"):
        Pyttsx3Synthesizer(voice="martian")
