"""A folder of German, French, Spanish and English articles saved in one batch: each narration
gets its language and its voice, in the manifest, the tags and the transcript; real espeak-ng
audio (whose speech differs with the voice, so the chunk cache keeps them apart)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import soundfile
from click.testing import CliRunner

from narrator.cli import main

ARTICLES = Path(__file__).parent.parent / "articles"
pytestmark = pytest.mark.slow

MIXED = {
    "wire-de-bahnstreik.txt": (
        "bahnstreik-legt-fernverkehr-lahm",
        "de",
        "gmw/de",
        "Von Anna Keller",
    ),
    "post-fr-boulangerie.md": (
        "la-boulangerie-du-quartier-rouvre-ses-portes",
        "fr",
        "roa/fr",
        "Par",
    ),
    "page-es-mercado.html": ("el-mercado-central-reabre-tras-la-reforma", "es", "roa/es", "Por"),
}


def _manifest(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("mixed")
    inbox = work / "inbox"
    inbox.mkdir()
    for name in MIXED:
        shutil.copy(ARTICLES / name, inbox / name)
    (inbox / "english.txt").write_text(
        "Harbour bridge reopens\nBy Jane Doe\n\nThe harbour bridge reopened on Monday after "
        "six months of repairs, the city council said.\n",
        encoding="utf-8",
    )
    out = work / "audio"
    env = {"NARRATOR_CACHE_DIR": str(work / "cache"), "NARRATOR_CONFIG_DIR": str(work / "cfg")}
    result = CliRunner().invoke(
        main, ["save", str(inbox), "-o", str(out), "--format", "ogg", "--jobs", "2"], env=env
    )
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output
    return out


@pytest.mark.parametrize("name", sorted(MIXED))
def test_each_narration_has_its_language_and_voice(saved: Path, name: str) -> None:
    folder_name, language, voice, byline = MIXED[name]
    manifest = _manifest(saved / folder_name)
    assert (manifest["language"], manifest["voice"]) == (language, voice)
    assert manifest["chunks"][1]["text"].startswith(byline)
    vtt = (saved / folder_name / "transcript.vtt").read_text(encoding="utf-8")
    assert vtt.startswith(f"WEBVTT\n\nNOTE Language: {language}\n\n1\n")


def test_the_english_one_keeps_the_default_voice(saved: Path) -> None:
    manifest = _manifest(saved / "harbour-bridge-reopens")
    assert (manifest["language"], manifest["voice"]) == ("en", None)


def test_the_german_narration_is_real_german_speech(saved: Path) -> None:
    folder = saved / MIXED["wire-de-bahnstreik.txt"][0]
    manifest = _manifest(folder)
    info = soundfile.info(str(folder / manifest["file"]))
    assert info.duration > 20  # eight chunks of German prose
    from mutagen.oggvorbis import OggVorbis

    assert OggVorbis(folder / manifest["file"])["LANGUAGE"] == ["de"]
    spoken = " ".join(chunk["spoken"] for chunk in manifest["chunks"])
    assert "rund achtzig Prozent" in spoken  # German number words (tests/spoken checks them all)


def test_the_podcast_episodes_take_language_and_date_from_the_manifests(saved: Path) -> None:
    from narrator.audio.episodes import episodes

    found = {episode.name: episode for episode in episodes(saved)}
    assert {name: found[name].language for name in found} == {
        "bahnstreik-legt-fernverkehr-lahm": "de",
        "la-boulangerie-du-quartier-rouvre-ses-portes": "fr",
        "el-mercado-central-reabre-tras-la-reforma": "es",
        "harbour-bridge-reopens": "en",
    }
    assert found["la-boulangerie-du-quartier-rouvre-ses-portes"].date.date().isoformat() == (
        "2024-03-02"
    )
    assert not (saved / ".episodes.json").exists()


def test_wav_tags_carry_the_iso_639_2_code(tmp_path: Path) -> None:
    from mutagen.wave import WAVE

    out = tmp_path / "audio"
    env = {"NARRATOR_CACHE_DIR": str(tmp_path / "cache"), "NARRATOR_CONFIG_DIR": str(tmp_path)}
    article = ARTICLES / "page-de-museum.html"
    result = CliRunner().invoke(main, ["save", str(article), "-o", str(out)], env=env)
    assert result.exit_code == 0, result.output
    folder = out / "das-stadtmuseum-zeigt-alte-karten"
    tags = WAVE(folder / f"{folder.name}.wav").tags
    assert tags is not None and tags["TLAN"].text == ["deu"]


def test_the_voice_is_part_of_the_chunk_cache_key(tmp_path: Path) -> None:
    """The same text read as German and as English is two different pieces of speech."""
    env = {"NARRATOR_CACHE_DIR": str(tmp_path / "cache"), "NARRATOR_CONFIG_DIR": str(tmp_path)}
    article = ARTICLES / "wire-de-bahnstreik.txt"
    durations = []
    for language in ("de", "en"):
        out = tmp_path / language
        result = CliRunner().invoke(
            main, ["save", str(article), "-o", str(out), "--language", language], env=env
        )
        assert result.exit_code == 0, result.output
        manifest = _manifest(out / "bahnstreik-legt-fernverkehr-lahm")
        assert manifest["voice"] == ("gmw/de" if language == "de" else None)
        durations.append(manifest["duration_s"])
    assert durations[0] != durations[1]
