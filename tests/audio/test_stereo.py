"""`--channels 2`: the seed saved as stereo with real espeak-ng audio, opened with independent
readers: the mono narration on both channels, at -16 LUFS (the stereo podcast level) unless
another loudness is asked, under -1 dBTP once decoded, as long as the mono narration."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pyloudnorm
import pytest
import soundfile
from click.testing import CliRunner
from scipy import signal

from narrator import NarrationConfig, plan, save
from narrator.audio import wav
from narrator.cli import main
from narrator.errors import ConfigError

SEED = Path(__file__).resolve().parents[2] / "seeds" / "reuters-atacms-crimea.txt"
TOLERANCE_S = 0.020


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["save", str(SEED), *args])
    return result.exit_code, result.output


def _folder(root: Path) -> Path:
    (folder,) = (path for path in root.iterdir() if path.is_dir())
    return folder


def _manifest(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def _whole(folder: Path) -> tuple[np.ndarray, int]:
    samples, rate = soundfile.read(folder / _manifest(folder)["file"], dtype="float64")
    return samples, rate


def _true_peak_dbtp(samples: np.ndarray) -> float:
    return float(20 * np.log10(np.abs(signal.resample_poly(samples, 8, 1, axis=0)).max()))


_MONO: dict[str, float] = {}


def _mono_duration_s(audio_format: str, root: Path) -> float:
    """The mono narration's decoded duration, saved once per format."""
    if audio_format not in _MONO:
        saved = save(str(SEED), NarrationConfig(audio_format=audio_format), output_root=root)
        _MONO[audio_format] = soundfile.info(saved.narration).duration
    return _MONO[audio_format]


@pytest.mark.parametrize("audio_format", ["wav", "mp3", "ogg"])
def test_stereo_is_the_narration_on_two_identical_channels_at_minus_16_lufs(
    audio_format: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp(f"stereo-{audio_format}")
    code, output = _cli("-o", str(root), "--format", audio_format, "--channels", "2")
    assert code == 0, output
    assert f"({audio_format.upper()}, stereo, " in output
    folder = _folder(root)
    samples, rate = _whole(folder)
    assert samples.ndim == 2 and samples.shape[1] == 2
    assert np.array_equal(samples[:, 0], samples[:, 1])
    assert pyloudnorm.Meter(rate).integrated_loudness(samples) == pytest.approx(-16.0, abs=0.5)
    assert _true_peak_dbtp(samples) <= -1.0
    mono_s = _mono_duration_s(audio_format, tmp_path_factory.mktemp(f"mono-{audio_format}"))
    assert len(samples) / rate == pytest.approx(mono_s, abs=TOLERANCE_S)
    manifest = _manifest(folder)
    assert manifest["loudness"]["target_lufs"] == -16.0
    assert manifest["loudness"]["integrated_lufs"] == pytest.approx(-16.0, abs=0.2)
    for chunk in manifest["chunks"][:3]:
        chunk_samples, _ = soundfile.read(folder / chunk["file"], dtype="int16")
        assert chunk_samples.shape[1] == 2
        assert np.array_equal(chunk_samples[:, 0], chunk_samples[:, 1])


def test_an_asked_loudness_is_what_the_stereo_file_measures(tmp_path: Path) -> None:
    code, output = _cli("-o", str(tmp_path), "--channels", "2", "--loudness", "-19")
    assert code == 0, output
    samples, rate = _whole(_folder(tmp_path))
    assert samples.shape[1] == 2
    assert pyloudnorm.Meter(rate).integrated_loudness(samples) == pytest.approx(-19.0, abs=0.5)
    assert _true_peak_dbtp(samples) <= -1.0


def test_stereo_at_the_engines_level_is_its_samples_twice(tmp_path: Path) -> None:
    assert _cli("-o", str(tmp_path / "mono"), "--loudness", "off")[0] == 0
    assert _cli("-o", str(tmp_path / "stereo"), "--loudness", "off", "--channels", "2")[0] == 0
    mono = soundfile.read(_folder(tmp_path / "mono") / "001.wav", dtype="int16")[0]
    stereo = soundfile.read(_folder(tmp_path / "stereo") / "001.wav", dtype="int16")[0]
    assert np.array_equal(stereo, np.column_stack([mono, mono]))


@pytest.mark.parametrize("loudness", ["off", "-19"])
def test_a_narration_saved_again_with_other_channels_is_made_again(
    loudness: str, tmp_path: Path
) -> None:
    """A mono narration is never kept (or its chunk files reused) for a stereo request, nor a
    stereo one for a mono request; an unchanged stereo narration is kept."""
    for channels in ("1", "2", "1", "2"):
        code, output = _cli("-o", str(tmp_path), "--loudness", loudness, "--channels", channels)
        assert code == 0, output
        folder = _folder(tmp_path)
        for name in (_manifest(folder)["file"], "001.wav", "007.wav"):
            assert soundfile.info(folder / name).channels == int(channels)
    written_ns = (folder / "manifest.json").stat().st_mtime_ns
    assert _cli("-o", str(tmp_path), "--loudness", loudness, "--channels", "2")[0] == 0
    assert (folder / "manifest.json").stat().st_mtime_ns == written_ns


def test_three_channels_are_refused_and_nothing_is_written(tmp_path: Path) -> None:
    code, output = _cli("-o", str(tmp_path / "out"), "--channels", "3")
    assert code == 2
    assert output.splitlines()[-1] == (
        "Error: Invalid value for '--channels': 3 is not in the range 1<=x<=2."
    )
    assert not (tmp_path / "out").exists()
    with pytest.raises(ConfigError, match="channels must be a number from 1 to 2, not 3"):
        NarrationConfig(channels=3)


def test_stereo_from_the_command_line_in_a_process_of_its_own(tmp_path: Path) -> None:
    args = ["save", str(SEED), "-o", str(tmp_path), "--format", "mp3", "--channels", "2"]
    result = subprocess.run(
        [sys.executable, "-m", "narrator", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "(MP3, stereo, " in result.stdout
    info = soundfile.info(_folder(tmp_path) / _manifest(_folder(tmp_path))["file"])
    assert info.channels == 2


def test_a_stereo_wav_too_long_is_refused_leaving_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stereo WAV holds half as long a narration: a limit its mono narration fits (by the
    words' estimate) and its stereo one does not refuses the stereo one with the WAV limit's
    error (before synthesis: narrator.audio.timings.check_fits_in_wav)."""
    source = tmp_path / "short.txt"
    source.write_text("Short\n\nA few words to say aloud, twice over.\n", encoding="utf-8")
    narration = plan(str(source))
    words = sum(len(chunk.spoken.split()) for chunk in narration.chunks)
    seconds = 60 * words / 175 + sum(chunk.pause_after_s for chunk in narration.chunks)
    monkeypatch.setattr(wav, "MAX_DATA_BYTES", int(seconds * 22050 * 2 * 1.5))
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["save", str(source), "-o", str(out), "--loudness", "off", "--channels", "2"]
    )
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: the narration would last about 0 hours, more than")
    assert not out.exists() or list(out.iterdir()) == []
