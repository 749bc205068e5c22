"""Issue 20, item 2: a narration too long for a WAV file (4 GiB) is refused before any audio
is made, and one that passes the limit while it is written ends cleanly, leaving nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator import NarrationConfig, save
from narrator.audio import wav
from narrator.cli import main
from narrator.errors import AudioOutputError

ARTICLE = "Long enough\n\n" + "Every word here takes time to say aloud. " * 40 + "\n"


@pytest.fixture
def small_wav_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    """WAV files hold 2 MB here instead of 4 GiB: about 48 s of espeak-ng's audio."""
    monkeypatch.setattr(wav, "MAX_DATA_BYTES", 2_000_000)
    return 2_000_000


def test_a_narration_too_long_for_wav_is_refused_before_synthesis(
    tmp_path: Path, small_wav_limit: int
) -> None:
    source = tmp_path / "long.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    for loudness in ("off", "-16"):
        result = CliRunner().invoke(
            main, ["save", str(source), "-o", str(out), "--loudness", loudness]
        )
        assert result.exit_code == 1, result.output
        assert result.output == (
            "Error: the narration would last about 0 hours, more than a WAV file can hold "
            "(4 GiB); save it with --format flac, ogg or mp3, or split the article\n"
        )
        assert not out.exists() or list(out.iterdir()) == []


def test_another_format_saves_the_same_article(tmp_path: Path, small_wav_limit: int) -> None:
    source = tmp_path / "long.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["save", str(source), "-o", str(tmp_path / "out"), "--format", "flac"]
    )
    assert result.exit_code == 0, result.output


def test_passing_the_limit_while_writing_stops_cleanly(
    tmp_path: Path, small_wav_limit: int, fake_engine: object
) -> None:
    # The estimate passes (few words) but the engine is slow-spoken: 2 s of audio a letter.
    fake_engine.seconds_per_char = 2.0  # type: ignore[attr-defined]
    source = tmp_path / "short.txt"
    source.write_text("Slow\n\nSpoken very slowly indeed, letter by letter.\n", encoding="utf-8")
    config = NarrationConfig(loudness_lufs=None, use_cache=False)
    with pytest.raises(AudioOutputError, match="more than a WAV file can hold"):
        save(source, config, tmp_path / "out", fake_engine)  # type: ignore[arg-type]
    assert list((tmp_path / "out").iterdir()) == []


def test_the_writer_refuses_audio_past_the_limit_and_still_closes(
    tmp_path: Path, small_wav_limit: int
) -> None:
    audio_format = wav.AudioFormat(16000, 2, 1)
    writer = wav.WavWriter(tmp_path / "a.wav", audio_format)
    writer.append_silence(small_wav_limit // 2 - 10)
    with pytest.raises(AudioOutputError):
        writer.append_silence(100)
    writer.close()
    assert wav.read_wav(tmp_path / "a.wav").frame_count == small_wav_limit // 2 - 10
