"""Finding Piper voices (by name, path, folder and language), listing them, the model digest,
and a clear error without piper-tts. No speech is made here."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CaptureDevice
from piper_helpers import VOICE, needs_piper, write_article

from narrator.cli import main
from narrator.errors import EngineError
from narrator.synthesis.piper_voices import (
    VoiceFile,
    find_voice,
    installed_voices,
    model_digest,
    voice_for_language,
)

ROOT = Path(__file__).resolve().parents[2]


def _voice(name: str, quality: str = "medium") -> VoiceFile:
    language = name.split("-")[0]
    return VoiceFile(name, Path(f"{name}.onnx"), Path(f"{name}.onnx.json"), language, quality)


def _fake_voice(folder: Path, name: str, language: str, quality: str = "low") -> Path:
    """A voice's two files, as the downloader leaves them (the model is not a real one)."""
    folder.mkdir(parents=True, exist_ok=True)
    model = folder / f"{name}.onnx"
    model.write_bytes(b"not a model")
    settings = {"audio": {"quality": quality}, "language": {"code": language}}
    Path(f"{model}.json").write_text(json.dumps(settings), encoding="utf-8")
    return model


VOICES = [
    _voice("de_DE-thorsten-high", "high"),
    _voice("de_DE-thorsten-medium"),
    _voice("en_GB-alan-low", "low"),
    _voice("en_US-lessac-high", "high"),
    _voice("en_US-lessac-medium"),
    _voice("pt_BR-faber-medium"),
]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "de_DE-thorsten-medium"),  # medium before high: faster than real time
        ("en-gb", "en_GB-alan-low"),  # the region first, whatever the quality
        ("en_US", "en_US-lessac-medium"),
        ("EN", "en_US-lessac-medium"),
        ("pt-PT", "pt_BR-faber-medium"),  # another region of the language rather than none
        ("fr", None),
    ],
)
def test_the_language_picks_a_voice(language: str, expected: str | None) -> None:
    chosen = voice_for_language(VOICES, language)
    assert (chosen.name if chosen else None) == expected


def test_a_voice_folder_is_searched_first_and_by_language(tmp_path: Path) -> None:
    _fake_voice(tmp_path / "de" / "de_DE", "de_DE-test-low", "de_DE")
    assert find_voice(None, tmp_path, "de").name == "de_DE-test-low"
    assert find_voice("de_DE-test-low", tmp_path).language == "de_DE"
    # A voice of the same name in the folder given wins over the installed one.
    mine = _fake_voice(tmp_path, VOICE, "en_US")
    assert find_voice(VOICE, tmp_path).model == mine


def test_a_model_without_its_settings_is_not_a_voice(tmp_path: Path) -> None:
    model = _fake_voice(tmp_path, "xx_XX-lost-low", "xx_XX")
    Path(f"{model}.json").unlink()
    assert "xx_XX-lost-low" not in [v.name for v in installed_voices(tmp_path)]
    with pytest.raises(EngineError) as error:
        find_voice(str(model))
    assert str(error.value) == (
        f"the voice model '{model}' has no readable settings file '{model}.json' beside it; "
        "download both files of the voice"
    )


def test_an_unknown_voice_names_those_installed(tmp_path: Path) -> None:
    _fake_voice(tmp_path, "en_US-one-low", "en_US")
    with pytest.raises(EngineError) as error:
        find_voice("en_US-nobody-medium", tmp_path)
    assert str(error.value).startswith(
        "no Piper voice 'en_US-nobody-medium' is installed; installed: "
    )
    assert "en_US-one-low" in str(error.value)
    assert str(error.value).endswith("(see 'narrator voices --engine piper')")


def test_a_missing_voice_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EngineError) as error:
        find_voice(None, tmp_path / "nowhere")
    assert str(error.value) == (
        f"the voice folder '{tmp_path / 'nowhere'}' does not exist; give a folder of voices"
    )


def test_the_digest_is_remembered_until_the_model_changes(tmp_path: Path) -> None:
    model = _fake_voice(tmp_path, "en_US-fake-low", "en_US")
    first = model_digest(model)
    assert first == hashlib.sha256(b"not a model").hexdigest()
    memo = Path(os.environ["NARRATOR_CACHE_DIR"]) / "piper-voice-digests.json"
    assert json.loads(memo.read_text())[str(model.resolve())][1] == first
    model.write_bytes(b"another model!")  # another size: hashed again
    assert model_digest(model) == hashlib.sha256(b"another model!").hexdigest()


def test_voices_lists_the_installed_piper_voices() -> None:
    needs_piper()
    result = CliRunner().invoke(main, ["voices", "--engine", "piper"])
    assert result.exit_code == 0, result.output
    assert any(line.startswith(f"{VOICE}\ten_US\tmedium\t") for line in result.stdout.splitlines())
    assert "python -m piper.download_voices NAME" in result.stderr
    assert "Each voice has its own licence" in result.stderr


def test_voices_with_a_voice_folder_lists_it_too(tmp_path: Path) -> None:
    needs_piper()
    _fake_voice(tmp_path, "fr_FR-test-x_low", "fr_FR", "x_low")
    result = CliRunner().invoke(main, ["voices", "--engine", "piper", "--voice-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"fr_FR-test-x_low\tfr_FR\tx_low\t{tmp_path}/fr_FR-test-x_low.onnx" in result.stdout


def test_an_unknown_voice_on_the_command_line_is_one_line_and_exit_1(tmp_path: Path) -> None:
    needs_piper()
    article = write_article(tmp_path)
    args = ["save", str(article), "--engine", "piper", "--voice", "xx_XX-none-low"]
    result = CliRunner().invoke(main, [*args, "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no Piper voice 'xx_XX-none-low' is installed; ")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def _without_piper(tmp_path: Path) -> dict[str, str]:
    """An environment in which `import piper` fails, as when piper-tts is not installed."""
    hidden = tmp_path / "hide-piper"
    hidden.mkdir()
    (hidden / "sitecustomize.py").write_text("import sys\nsys.modules['piper'] = None\n")
    return {**os.environ, "PYTHONPATH": f"{hidden}{os.pathsep}{ROOT}"}


@pytest.mark.parametrize("command", [["save", "ARTICLE"], ["speak", "ARTICLE"], ["voices"]])
def test_without_piper_tts_the_engine_says_what_to_install(
    tmp_path: Path, command: list[str], capture_device: CaptureDevice
) -> None:
    article = write_article(tmp_path)
    args = [str(article) if part == "ARTICLE" else part for part in command]
    result = subprocess.run(
        [sys.executable, "-m", "narrator", *args, "--engine", "piper"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_without_piper(tmp_path),
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == (
        "Error: the Piper engine needs piper-tts, which is not installed; "
        "install it with: pip install 'narrator[piper]'\n"
    )
    assert not (tmp_path / "audio").exists()


def test_without_piper_tts_espeak_still_narrates(tmp_path: Path) -> None:
    if shutil.which("espeak-ng") is None and not Path("/usr/lib/x86_64-linux-gnu").exists():
        pytest.skip("no espeak-ng")
    article = write_article(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "narrator", "save", str(article), "--loudness", "off", "-j", "1"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_without_piper(tmp_path),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "audio").glob("*/*.wav"))) > 1


def test_the_rate_becomes_a_length_scale_within_its_range() -> None:
    from narrator.synthesis.piper_engine import LENGTH_SCALE_RANGE, length_scale_for

    assert length_scale_for(175) == pytest.approx(1.08, abs=0.01)
    scales = [length_scale_for(rate) for rate in range(80, 451, 10)]
    assert scales == sorted(scales, reverse=True)
    assert (scales[-1], scales[0]) == (LENGTH_SCALE_RANGE[0], min(LENGTH_SCALE_RANGE[1], scales[0]))


def test_reproducible_speech_is_refused_with_piper(tmp_path: Path) -> None:
    article = write_article(tmp_path)
    args = ["save", str(article), "-o", str(tmp_path / "out"), "--engine", "piper"]
    result = CliRunner().invoke(main, [*args, "--reproducible"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: --reproducible is for espeak-ng: Piper's voices draw random noise for every "
        "sentence; leave it out with --engine piper\n"
    )


def test_only_the_voice_folder_given_is_searched_below(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_voice(tmp_path / "nested" / "it_IT", "it_IT-deep-low", "it_IT")
    monkeypatch.chdir(tmp_path)  # the current folder: its own files only
    assert "it_IT-deep-low" not in [voice.name for voice in installed_voices()]
    with pytest.raises(EngineError):
        find_voice("it_IT-deep-low")
    assert find_voice("it_IT-deep-low", tmp_path).language == "it_IT"
    assert "it_IT-deep-low" in [voice.name for voice in installed_voices(tmp_path)]
    _fake_voice(tmp_path, "it_IT-here-low", "it_IT")
    assert find_voice("it_IT-here-low").model == tmp_path / "it_IT-here-low.onnx"
