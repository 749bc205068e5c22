"""The voice each article is read with: the engine's voice for its language, the default one
(with one warning) when there is none, and the one asked for above both."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator.cli import main
from narrator.errors import NarratorWarning
from narrator.models import Article, NarrationConfig
from narrator.pipeline import voices as pipeline_voices
from narrator.synthesis.voices import VoiceChoice, pick_voice, voices_for_language

VOICES = [
    ("gmw/en", "English (Great Britain)", ["en-gb"]),
    ("gmw/en-us", "English (America)", ["en-us"]),
    ("gmw/de", "German", ["de"]),
    ("roa/fr-be", "French (Belgium)", ["fr-be"]),
    ("roa/fr", "French (France)", ["fr-fr"]),
    ("roa/pt", "Portuguese (Portugal)", ["pt"]),
    ("roa/pt-br", "Portuguese (Brazil)", ["pt-br"]),
    ("com.apple.voice.Anna", "Anna", ["de_DE"]),
]


@pytest.mark.parametrize(
    ("language", "voice"),
    [
        ("de", "gmw/de"),
        ("de-AT", "gmw/de"),
        ("fr", "roa/fr"),
        ("fr-be", "roa/fr-be"),
        ("pt", "roa/pt"),
        ("pt-BR", "roa/pt-br"),
    ],
)
def test_the_voice_of_the_language_is_chosen(language: str, voice: str) -> None:
    assert pick_voice(VOICES, "gmw/en", language) == VoiceChoice(voice, True)


def test_the_default_voice_stays_when_it_speaks_the_language() -> None:
    """English articles keep the voice they always had, whichever English the page names."""
    assert pick_voice(VOICES, "gmw/en", "en-us") == VoiceChoice(None, True)


def test_no_voice_for_the_language_is_said() -> None:
    assert pick_voice(VOICES, "gmw/en", "ja") == VoiceChoice(None, False)


def test_macos_style_languages_match() -> None:
    only_anna = [VOICES[0], VOICES[-1]]
    assert pick_voice(only_anna, "gmw/en", "de") == VoiceChoice("com.apple.voice.Anna", True)


def test_voices_of_a_language_come_closest_first() -> None:
    assert [v[0] for v in voices_for_language(VOICES, "fr")] == ["roa/fr", "roa/fr-be"]


def test_a_missing_voice_is_warned_about_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("narrator.synthesis.voices._engine_voices", lambda: (VOICES, "gmw/en"))
    chooser = pipeline_voices.Voices(NarrationConfig())
    japanese = Article("t", (), language="ja")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert chooser.voice_for(japanese) is None
        assert chooser.voice_for(japanese) is None
    assert [str(w.message) for w in caught if w.category is NarratorWarning] == [
        "no voice for 'ja'; reading with the default voice"
    ]


def test_a_voice_asked_for_is_every_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("narrator.synthesis.voices._engine_voices", lambda: (VOICES, "gmw/en"))
    chooser = pipeline_voices.Voices(NarrationConfig(voice="gmw/en-us"))
    assert chooser.voice_for(Article("t", (), language="de")) == "gmw/en-us"
    assert (
        pipeline_voices.Voices(NarrationConfig()).voice_for(Article("t", (), language="de"))
        == "gmw/de"
    )


needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None
    and not Path("/usr/lib/x86_64-linux-gnu/libespeak-ng.so.1").exists(),
    reason="espeak-ng is not installed",
)


@needs_espeak
def test_voices_language_filters_the_engines_voices() -> None:
    result = CliRunner().invoke(main, ["voices", "--language", "de"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines and all("\tde" in line for line in lines)
    assert lines[0].split("\t")[0] == "gmw/de"


@needs_espeak
def test_voices_language_without_a_voice_says_so() -> None:
    result = CliRunner().invoke(main, ["voices", "--language", "tlh"])
    assert result.exit_code == 1
    assert result.output == "Error: no voice speaks 'tlh'; run 'narrator voices' to list them all\n"
