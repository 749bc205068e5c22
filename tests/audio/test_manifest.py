"""manifest.json as the typed Manifest: written and read back unchanged, older or odd ones
read as an older shape or as no manifest, never a KeyError."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from narrator.audio.freshness import up_to_date
from narrator.audio.manifest import (
    Manifest,
    ManifestError,
    parse_manifest,
    read_manifest,
    write_manifest,
)
from narrator.audio.wav import AudioFormat, Clip
from narrator.audio.writer import write_narration
from narrator.models import NarrationConfig
from narrator.pipeline import plan

SEED = Path(__file__).resolve().parents[2] / "seeds" / "reuters-atacms-crimea.txt"
RAW = NarrationConfig(loudness_lufs=None)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A narration folder written from a silent clip per chunk."""
    narration = plan(str(SEED), RAW)
    clips = (Clip(AudioFormat(16000, 2, 1), bytes(2 * 800)) for _ in narration.chunks)
    folder = tmp_path_factory.mktemp("out") / "seed"
    write_narration(narration, clips, folder, RAW, render_key="key", engine="fake 1")
    return folder


def _json(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return data


def test_a_written_manifest_reads_back_and_writes_the_same_bytes(
    written: Path, tmp_path: Path
) -> None:
    manifest = read_manifest(written)
    assert isinstance(manifest, Manifest)
    assert (manifest.engine, manifest.render_key, manifest.reproducible) == ("fake 1", "key", False)
    assert manifest.chunks[1].start_frame == manifest.chunks[0].frame_count
    write_manifest(tmp_path, manifest)
    assert (tmp_path / "manifest.json").read_bytes() == (written / "manifest.json").read_bytes()


def test_keys_added_later_are_optional(written: Path) -> None:
    data = _json(written)
    for key in ("engine", "reproducible", "render_key", "source_id", "loudness"):
        del data[key]
    for chunk in data["chunks"]:
        del chunk["start_frame"], chunk["frame_count"]
    manifest = parse_manifest(data)
    assert manifest.engine is None and manifest.render_key is None
    assert manifest.chunks[0].frame_count is None
    added = dict.fromkeys(("source_id", "loudness", "engine", "reproducible", "render_key"))
    assert manifest.to_json() == {**data, **added}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m.pop("chunks"), "manifest has no 'chunks'"),
        (lambda m: m["chunks"][0].pop("file"), "a chunk has no 'file'"),
        (
            lambda m: m.update(rate_wpm="fast"),
            "manifest's 'rate_wpm' is not a whole number: 'fast'",
        ),
        (lambda m: m.update(volume=True), "manifest's 'volume' is not a number: True"),
        (lambda m: m["chunks"][0].update(kind="song"), "a chunk has an unknown kind: 'song'"),
        (lambda m: m.update(chapters=[3]), "a chapter is not a JSON object"),
    ],
)
def test_a_manifest_that_cannot_be_understood_says_what_is_wrong(
    written: Path, tmp_path: Path, change: Any, message: str
) -> None:
    data = _json(written)
    change(data)
    with pytest.raises(ManifestError) as error:
        parse_manifest(data)
    assert str(error.value) == message
    (tmp_path / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    assert read_manifest(tmp_path) is None
    assert up_to_date(tmp_path, "key") is None


@pytest.mark.parametrize("text", ["", "[]", "{", '"manifest"'])
def test_no_manifest_reads_as_none(tmp_path: Path, text: str) -> None:
    assert read_manifest(tmp_path) is None
    (tmp_path / "manifest.json").write_text(text, encoding="utf-8")
    assert read_manifest(tmp_path) is None


def test_an_unchanged_narration_is_found_from_its_manifest(written: Path) -> None:
    saved = up_to_date(written, "key")
    assert saved is not None
    assert saved.manifest == written / "manifest.json"
    assert saved.chunk_files[0] == written / "001.wav"
    assert up_to_date(written, "another key") is None
