"""Saving the seed with real espeak-ng audio: files, manifest times, and the pauses you can hear."""

from __future__ import annotations

import json
import math
import wave
from array import array
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from narrator import NarrationConfig, SavedNarration, plan, save
from narrator.audio.folders import slugify

WINDOW_S = 0.01
SILENCE_RMS = 60.0
CONFIG = NarrationConfig()


@pytest.fixture(scope="module")
def saved_seed(tmp_path_factory: pytest.TempPathFactory) -> SavedNarration:
    seed = Path(__file__).resolve().parents[2] / "seeds" / "reuters-atacms-crimea.txt"
    return save(str(seed), CONFIG, output_root=tmp_path_factory.mktemp("audio"))


@pytest.fixture(scope="module")
def manifest(saved_seed: SavedNarration) -> dict[str, Any]:
    return json.loads(saved_seed.manifest.read_text(encoding="utf-8"))


def _duration_s(path: Path) -> float:
    with wave.open(str(path)) as audio:
        return audio.getnframes() / audio.getframerate()


def _samples(path: Path) -> tuple[array[int], int]:
    with wave.open(str(path)) as audio:
        return array("h", audio.readframes(audio.getnframes())), audio.getframerate()


def _silent_run_around(samples: array[int], rate: int, at_s: float) -> float:
    """Seconds of continuous silence (10 ms windows under an RMS threshold) around `at_s`."""
    window = round(WINDOW_S * rate)

    def silent(index: int) -> bool:
        part = samples[index * window : (index + 1) * window]
        return bool(part) and math.sqrt(sum(s * s for s in part) / len(part)) < SILENCE_RMS

    middle = round(at_s / WINDOW_S) - 1
    if not silent(middle):
        return 0.0
    start = end = middle
    while start > 0 and silent(start - 1):
        start -= 1
    while silent(end + 1):
        end += 1
    return (end - start + 1) * WINDOW_S


def test_folder_holds_chunks_whole_and_manifest(saved_seed: SavedNarration) -> None:
    assert saved_seed.folder.name == slugify(
        "Russia vows retaliation against US for Ukraine's ATACMS missile attack on Crimea"
    )
    assert saved_seed.narration == saved_seed.folder / f"{saved_seed.folder.name}.wav"
    names = sorted(p.name for p in saved_seed.folder.iterdir())
    chunk_names = [f"{n:03d}.wav" for n in range(1, len(saved_seed.chunk_files) + 1)]
    others = ["manifest.json", "playlist.m3u", "transcript.srt", "transcript.vtt"]
    assert names == sorted([*chunk_names, saved_seed.narration.name, *others])


def test_whole_narration_is_two_to_five_minutes(saved_seed: SavedNarration) -> None:
    assert 120 <= _duration_s(saved_seed.narration) <= 300


def test_whole_equals_the_chunks_in_order(saved_seed: SavedNarration) -> None:
    whole, _ = _samples(saved_seed.narration)
    joined: array[int] = array("h")
    for chunk_file in saved_seed.chunk_files:
        joined.extend(_samples(chunk_file)[0])
    assert joined == whole


def test_manifest_times_match_the_files(
    saved_seed: SavedNarration, manifest: dict[str, Any]
) -> None:
    assert manifest["title"].startswith("Russia vows retaliation")
    assert manifest["byline"] == "Dmitry Antonov and Guy Faulconbridge"
    assert manifest["rate_wpm"] == CONFIG.rate_wpm
    clock = 0.0
    for entry in manifest["chunks"]:
        file_s = _duration_s(saved_seed.folder / entry["file"])
        assert entry["start_s"] == pytest.approx(clock, abs=0.001)
        assert entry["end_s"] - entry["start_s"] == pytest.approx(file_s, abs=0.001)
        assert set(entry) >= {"section", "text", "spoken", "pause_after_s"}
        clock += file_s
    assert manifest["duration_s"] == pytest.approx(_duration_s(saved_seed.narration), abs=0.001)
    assert clock == pytest.approx(manifest["duration_s"], abs=0.001)


def test_silence_at_the_section_break(saved_seed: SavedNarration, manifest: dict[str, Any]) -> None:
    samples, rate = _samples(saved_seed.narration)
    heading = next(c for c in manifest["chunks"] if c["text"] == "RETALIATION")
    before = manifest["chunks"][heading["index"] - 1]
    assert before["pause_after_s"] == CONFIG.pause_section_s
    assert _silent_run_around(samples, rate, before["end_s"]) >= CONFIG.pause_section_s
    speech_s = before["end_s"] - before["start_s"] - CONFIG.pause_section_s - 0.5
    assert _silent_run_around(samples, rate, before["start_s"] + speech_s) == 0.0


def test_silence_after_every_paragraph(
    saved_seed: SavedNarration, manifest: dict[str, Any]
) -> None:
    samples, rate = _samples(saved_seed.narration)
    paragraph_ends = [
        c for c in manifest["chunks"] if c["pause_after_s"] == CONFIG.pause_paragraph_s
    ]
    assert len(paragraph_ends) >= 15
    for chunk in paragraph_ends:
        assert _silent_run_around(samples, rate, chunk["end_s"]) >= CONFIG.pause_paragraph_s


def test_sample_rate_comes_from_the_engine(saved_seed: SavedNarration) -> None:
    with wave.open(str(saved_seed.chunk_files[0])) as audio:
        assert (audio.getnchannels(), audio.getsampwidth()) == (1, 2)
        assert audio.getframerate() in (16000, 22050, 24000, 44100, 48000)


def test_a_fake_engine_rate_is_kept(tmp_path: Path, fake_engine: Any) -> None:
    saved = save(
        str(Path(__file__).resolve().parents[2] / "seeds" / "reuters-atacms-crimea.txt"),
        output_root=tmp_path,
        synthesizer=fake_engine,
    )
    with wave.open(str(saved.narration)) as audio:
        assert audio.getframerate() == 16000
    assert len(fake_engine.saved) == len(saved.chunk_files)


def test_saving_again_replaces_the_folder(tmp_path: Path, fake_engine: Any, seed: Path) -> None:
    first = save(str(seed), output_root=tmp_path, synthesizer=fake_engine)
    (first.folder / "stale.txt").write_text("left from before")
    second = save(str(seed), NarrationConfig(rate_wpm=190), tmp_path, synthesizer=fake_engine)
    assert second.folder == first.folder
    assert not (second.folder / "stale.txt").exists()
    assert json.loads(second.manifest.read_text())["rate_wpm"] == 190
    assert sorted(p.name for p in tmp_path.iterdir()) == [first.folder.name]


def test_an_unchanged_narration_is_not_made_again(
    tmp_path: Path, fake_engine: Any, seed: Path
) -> None:
    first = save(str(seed), output_root=tmp_path, synthesizer=fake_engine)
    written = {p: p.stat().st_mtime_ns for p in first.folder.iterdir()}
    calls = len(fake_engine.saved)
    again = save(str(seed), output_root=tmp_path, synthesizer=fake_engine)
    assert replace(again, loudness_lufs=None) == replace(first, loudness_lufs=None)
    assert again.loudness_lufs == pytest.approx(first.loudness_lufs, abs=0.01)
    assert {p: p.stat().st_mtime_ns for p in again.folder.iterdir()} == written
    assert len(fake_engine.saved) == calls


def test_an_unchanged_narration_is_found_before_the_article_is_cut(
    tmp_path: Path, fake_engine: Any, seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = save(str(seed), output_root=tmp_path, synthesizer=fake_engine)

    def no_cutting(*args: object) -> None:
        raise AssertionError("the article was cut into chunks again")

    monkeypatch.setattr("narrator.segmenter.segment", no_cutting)
    again = save(str(seed), output_root=tmp_path, synthesizer=fake_engine)
    assert again.manifest == first.manifest
    with pytest.raises(AssertionError, match="cut into chunks again"):
        save(str(seed), NarrationConfig(rate_wpm=190), tmp_path, synthesizer=fake_engine)


def test_a_lexicon_edit_makes_the_narration_again(
    tmp_path: Path, fake_engine: Any, seed: Path
) -> None:
    lexicon = tmp_path / "lexicon.toml"
    lexicon.write_text('ATACMS = "attack-ums"\n', encoding="utf-8")
    config = NarrationConfig(lexicon_path=lexicon)
    save(str(seed), config, tmp_path / "out", synthesizer=fake_engine)
    lexicon.write_text('ATACMS = "A-tack-ems"\n', encoding="utf-8")
    again = save(str(seed), config, tmp_path / "out", synthesizer=fake_engine)
    spoken = [chunk["spoken"] for chunk in json.loads(again.manifest.read_text())["chunks"]]
    assert any("A-tack-ems" in text for text in spoken)
    assert not any("attack-ums" in text for text in spoken)


@pytest.mark.parametrize(
    "change",
    ["rate", "format", "pause", "missing file", "no cache"],
)
def test_a_changed_narration_is_made_again(
    tmp_path: Path, fake_engine: Any, seed: Path, change: str
) -> None:
    first = save(str(seed), output_root=tmp_path, synthesizer=fake_engine)
    config = {
        "rate": NarrationConfig(rate_wpm=200),
        "format": NarrationConfig(audio_format="flac"),
        "pause": NarrationConfig(pause_paragraph_s=0.8),
        "no cache": NarrationConfig(use_cache=False),
    }.get(change, NarrationConfig())
    if change == "missing file":
        first.chunk_files[3].unlink()
    manifest_before = first.manifest.stat().st_mtime_ns
    again = save(str(seed), config, tmp_path, synthesizer=fake_engine)
    assert again.manifest.stat().st_mtime_ns != manifest_before
    assert all(path.is_file() for path in again.chunk_files)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Russia vows retaliation", "russia-vows-retaliation"),
        ("Ukraine's war: what's next?", "ukraines-war-whats-next"),
        ("../../etc/passwd", "etc-passwd"),
        ("Caf\u00e9 na\u00efve \u2014 \u00fcber", "cafe-naive-uber"),
        ("\u4e2d\u6587", "zhong-wen"),
        ("word " * 30, ("word-" * 12)[:-1]),
    ],
)
def test_slug(title: str, slug: str) -> None:
    assert slugify(title) == slug
    assert len(slugify(title)) <= 60


def test_wav_at_the_engines_level_keeps_its_samples(
    tmp_path: Path, fake_engine: Any, seed: Path
) -> None:
    config = NarrationConfig(loudness_lufs=None)
    saved = save(str(seed), config, tmp_path / "out", synthesizer=fake_engine)
    joined: array[int] = array("h")
    for number, chunk_file in enumerate(saved.chunk_files):
        fake_engine.save(fake_engine.saved[number], tmp_path / "engine.wav")
        speech, rate = _samples(tmp_path / "engine.wav")
        samples, chunk_rate = _samples(chunk_file)
        assert chunk_rate == rate == 16000
        assert samples[: len(speech)] == speech
        assert not any(samples[len(speech) :])  # the pause: silence
        joined.extend(samples)
    assert _samples(saved.narration)[0] == joined


def test_paths_may_be_given_as_path_objects_or_strings(
    seed: Path, tmp_path: Path, fake_engine: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Python user passes pathlib paths as often as strings, for the article and the folder."""
    monkeypatch.chdir(tmp_path)
    by_path = save(seed, CONFIG, output_root=tmp_path / "a", synthesizer=fake_engine)
    by_string = save(str(seed), CONFIG, output_root="b", synthesizer=fake_engine)
    assert by_path.folder.parent == tmp_path / "a"
    assert by_string.folder.resolve().parent == tmp_path / "b"
    assert by_path.narration.read_bytes() == by_string.narration.read_bytes()
    assert plan(seed).chunks == plan(str(seed)).chunks
