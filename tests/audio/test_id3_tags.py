"""A WAV's ID3 tag is written without mutagen (narrator.audio.id3_tags), byte for byte as mutagen
writes it (`WAVE(path).save(v2_version=3)`, the frames added as narrator.audio.tags adds them
for MP3), and mutagen reads it back."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from mutagen import id3
from mutagen.wave import WAVE

from narrator.audio.tags import Tags, _write_id3, write_tags
from narrator.models import Chapter


def _wav(path: Path, frames: int = 2205) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        out.writeframes(bytes(range(256)) * (frames * 2 // 256) + bytes(frames * 2 % 256))
    return path


def _chapters(count: int) -> list[Chapter]:
    return [Chapter(f"Part {n} — «{n}»", n * 61.25, (n + 1) * 61.25, n) for n in range(count)]


TAGS = Tags(
    title="Russia vows retaliation — «ATACMS»",
    artist="Reuters",
    album="reuters.com",
    date="2023-11-01",
    comment="https://example.com/a?b=c",
    narrator_comment="Read by narrator with en-us at 175 words per minute",
    language="en",
)
CASES = {
    "article": (TAGS, _chapters(2)),
    "one chapter, no language": (Tags(**{**TAGS.__dict__, "language": None}), _chapters(1)),
    "a dated time, a regional language": (
        Tags(**{**TAGS.__dict__, "date": "2023-11-01T10:30:00", "language": "de-AT"}),
        _chapters(3),
    ),
    "a date that is no timestamp, empty comment": (
        Tags(**{**TAGS.__dict__, "date": "November 2023", "comment": "", "language": "xx"}),
        _chapters(1),
    ),
    "a year alone, an odd-sized tag": (
        Tags(**{**TAGS.__dict__, "date": "2023", "title": "Odd"}),
        [],
    ),
    "more chapters than a table lists": (TAGS, _chapters(300)),
}


@pytest.mark.parametrize("case", CASES)
def test_a_wav_tag_is_the_bytes_mutagen_writes(tmp_path: Path, case: str) -> None:
    tags, chapters = CASES[case]
    ours = _wav(tmp_path / "ours.wav")
    theirs = _wav(tmp_path / "theirs.wav")
    write_tags(ours, "wav", tags, chapters)
    _write_id3(theirs, "wav", tags, chapters)
    assert ours.read_bytes() == theirs.read_bytes()


def test_mutagen_reads_the_tag_and_chapters_back(tmp_path: Path) -> None:
    path = _wav(tmp_path / "n.wav")
    write_tags(path, "wav", TAGS, _chapters(2))
    tags = WAVE(path).tags
    assert tags["TIT2"].text == [TAGS.title]
    assert str(tags["TDRC"].text[0]) == "2023-11-01"
    assert tags["TLAN"].text == ["eng"]
    assert tags["COMM:narrator:eng"].text == [TAGS.narrator_comment]
    assert [chap.sub_frames["TIT2"].text[0] for chap in tags.getall("CHAP")] == [
        "Part 0 — «0»",
        "Part 1 — «1»",
    ]
    assert tags["CTOC:toc"].flags == id3.CTOCFlags.TOP_LEVEL | id3.CTOCFlags.ORDERED
    with wave.open(str(path)) as audio:  # the audio is where it was, and whole
        assert audio.getnframes() == 2205


def test_a_file_that_is_no_wav_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "n.wav"
    path.write_bytes(b"ID3" + bytes(100))
    with pytest.raises(ValueError, match="not a RIFF WAVE"):
        write_tags(path, "wav", TAGS, _chapters(1))
