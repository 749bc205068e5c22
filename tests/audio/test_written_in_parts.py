"""A long narration's manifest, transcripts and playlist are written as they are made: the
same bytes as the texts made whole, without holding them (or their pieces) at once."""

from __future__ import annotations

import dataclasses
import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from narrator.audio.companions import write_companions
from narrator.audio.manifest import MANIFEST_NAME, read_manifest, write_manifest
from narrator.audio.timings import ChunkTiming
from narrator.audio.transcripts import Cue, PlaylistEntry, m3u, srt, webvtt
from narrator.audio.wav import AudioFormat, Clip
from narrator.audio.writer import write_narration
from narrator.models import NarrationConfig, Plan
from narrator.pipeline import plan

SEED = Path(__file__).resolve().parents[2] / "seeds" / "reuters-atacms-crimea.txt"
RAW = NarrationConfig(loudness_lufs=None)
CHUNKS = 5000
"""About a 17-hour narration's chunks (the bench's 1 MB article has 5,360)."""
RATE = 22050


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Plan, Path]:
    """The seed's plan and a narration folder written from a silent clip per chunk."""
    narration = plan(str(SEED), RAW)
    clips = (Clip(AudioFormat(16000, 2, 1), bytes(2 * 800)) for _ in narration.chunks)
    folder = tmp_path_factory.mktemp("out") / "seed"
    write_narration(narration, clips, folder, RAW, render_key="key", engine="fake 1")
    return narration, folder


def _long_timings(narration: Plan) -> list[ChunkTiming]:
    """`CHUNKS` timings of the seed's chunks over and over, 10 s of speech and 0.5 s of pause
    each."""
    timings = []
    for index in range(CHUNKS):
        chunk = narration.chunks[index % len(narration.chunks)]
        chunk = dataclasses.replace(chunk, index=index, text=f"{chunk.text} ({index})")
        speech = 10 * RATE
        timings.append(
            ChunkTiming(
                chunk,
                f"{index + 1:04d}.wav",
                RATE,
                index * (speech + RATE // 2),
                speech + RATE // 2,
                speech,
            )
        )
    return timings


def _peak_mb(write: Callable[[], object]) -> float:
    """The most memory `write` held at once (numpy's and Python's), in MB."""
    tracemalloc.start()
    try:
        write()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_a_long_manifest_is_written_as_json_dumps_writes_it_in_little_memory(
    seed: tuple[Plan, Path], tmp_path: Path
) -> None:
    manifest = read_manifest(seed[1])
    assert manifest is not None
    records = [
        dataclasses.replace(
            manifest.chunks[index % len(manifest.chunks)], index=index, text=f"chunk {index} ✓"
        )
        for index in range(CHUNKS)
    ]
    long = dataclasses.replace(manifest, chunks=tuple(records))
    whole = json.dumps(long.to_json(), indent=2, ensure_ascii=False) + "\n"
    assert len(whole) > 2_000_000
    peak_mb = _peak_mb(lambda: write_manifest(tmp_path, long))
    assert (tmp_path / MANIFEST_NAME).read_text(encoding="utf-8") == whole
    # The text made whole, its pieces and its chunks' dicts: 21 MB.
    assert peak_mb < 3.0
    for count in (0, 1, 256, 257):  # none, one, a batch's worth, and one past it
        shorter = dataclasses.replace(manifest, chunks=tuple(records[:count]))
        write_manifest(tmp_path, shorter)
        text = (tmp_path / MANIFEST_NAME).read_text(encoding="utf-8")
        assert text == json.dumps(shorter.to_json(), indent=2, ensure_ascii=False) + "\n"
        assert read_manifest(tmp_path) == shorter


def test_long_transcripts_and_playlist_are_written_as_made_whole_in_little_memory(
    seed: tuple[Plan, Path], tmp_path: Path
) -> None:
    narration = seed[0]
    timings = _long_timings(narration)
    peak_mb = _peak_mb(lambda: write_companions(tmp_path, narration, timings))
    cues = [Cue(t.start_s, t.speech_end_s, t.chunk.text) for t in timings]
    entries = [PlaylistEntry(t.file, t.end_s - t.start_s, t.chunk.text) for t in timings]
    expected = {
        "transcript.vtt": webvtt(cues, narration.article.language),
        "transcript.srt": srt(cues),
        "playlist.m3u": m3u(narration.article.title, entries),
    }
    for name, text in expected.items():
        assert (tmp_path / name).read_text(encoding="utf-8") == text
    assert sum(map(len, expected.values())) > 2_500_000
    # The three texts made whole and at once, with their pieces: 9 MB.
    assert peak_mb < 2.0


def test_the_texts_in_parts_are_the_texts_made_whole() -> None:
    """No cue, one, many: the parts joined are what the transcripts have always been."""
    cues = [Cue(1.5 * n, 1.5 * n + 1.2, f"Cue {n} <b> & \n\n more") for n in range(3)]
    entries = [PlaylistEntry(f"{n:03d}.wav", 0.4 * n, "word " * 40 * n) for n in range(3)]
    assert webvtt([], "en") == "WEBVTT\n\nNOTE Language: en\n"
    assert webvtt([]) == "WEBVTT\n"
    assert srt([]) == "\n"
    assert m3u("T", []) == "#EXTM3U\n#EXTENC: UTF-8\n#PLAYLIST:T\n"
    assert (
        webvtt(cues[:1])
        == "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.200\nCue 0 &lt;b&gt; &amp; more\n"
    )
    assert srt(cues[:2]) == (
        "1\n00:00:00,000 --> 00:00:01,200\nCue 0 <b> & more\n\n"
        "2\n00:00:01,500 --> 00:00:02,700\nCue 1 <b> & more\n"
    )
    playlist = m3u("A\ntitle", entries).splitlines()
    assert playlist[:5] == [
        "#EXTM3U",
        "#EXTENC: UTF-8",
        "#PLAYLIST:A title",
        "#EXTINF:0,",
        "000.wav",
    ]
    assert playlist[5].startswith("#EXTINF:1,word word") and playlist[5].endswith("\u2026")
    assert len(playlist) == 9
