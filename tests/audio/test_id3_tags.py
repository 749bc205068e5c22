"""A WAV's or an MP3's ID3 tag is written without mutagen (narrator.audio.id3_tags), byte for
byte as mutagen writes it (`WAVE(path)` or `MP3(path)`, then `save(v2_version=3)`, the frames
added as narrator.audio.tags adds them), and mutagen reads it back."""

from __future__ import annotations

import wave
from pathlib import Path

import lameenc
import pytest
from mutagen import id3
from mutagen.mp3 import MP3
from mutagen.wave import WAVE

from narrator.audio.tags import Tags, iso_639_2, write_tags
from narrator.models import Chapter


def _wav(path: Path, frames: int = 2205) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        out.writeframes(bytes(range(256)) * (frames * 2 // 256) + bytes(frames * 2 % 256))
    return path


def _mp3(path: Path, seconds: float = 3.0) -> Path:
    encoder = lameenc.Encoder()
    encoder.set_channels(1)
    encoder.set_in_sample_rate(22050)
    encoder.set_bit_rate(64)
    samples = (bytes(range(0, 256, 8)) * 2) * int(22050 * seconds / 32)
    path.write_bytes(encoder.encode(samples) + encoder.flush())
    return path


def _write_id3(path: Path, audio_format: str, tags: Tags, chapters: list[Chapter]) -> None:
    """The tag as narrator had mutagen write it, which narrator.audio.id3_tags is held to."""
    audio = MP3(path) if audio_format == "mp3" else WAVE(path)
    audio.add_tags()
    utf16 = id3.Encoding.UTF16
    for frame_type, text in [
        (id3.TIT2, tags.title),
        (id3.TPE1, tags.artist),
        (id3.TALB, tags.album),
        (id3.TDRC, tags.date),
        (id3.TCON, tags.genre),
    ]:
        audio.tags.add(frame_type(encoding=utf16, text=text))
    if tags.language and iso_639_2(tags.language):
        audio.tags.add(id3.TLAN(encoding=utf16, text=iso_639_2(tags.language)))
    audio.tags.add(id3.COMM(encoding=utf16, lang="eng", desc="", text=tags.comment))
    audio.tags.add(
        id3.COMM(encoding=utf16, lang="eng", desc="narrator", text=tags.narrator_comment)
    )
    for frame in _chapter_frames(chapters):
        audio.tags.add(frame)
    audio.save(v2_version=3)


def _chapter_frames(chapters: list[Chapter]) -> list[object]:
    ids = [f"chp{n}" for n in range(1, len(chapters) + 1)]
    tables = [ids[first : first + 255] for first in range(0, len(ids), 255)]
    parts = [] if len(tables) < 2 else [f"toc{n}" for n in range(1, len(tables) + 1)]
    toc = id3.CTOC(
        element_id="toc",
        flags=id3.CTOCFlags.TOP_LEVEL | id3.CTOCFlags.ORDERED,
        child_element_ids=parts or ids,
        sub_frames=[id3.TIT2(encoding=id3.Encoding.UTF16, text="Chapters")],
    )
    toc_parts = [
        id3.CTOC(element_id=part, flags=id3.CTOCFlags.ORDERED, child_element_ids=children)
        for part, children in zip(parts, tables, strict=False)
    ]
    chaps = [
        id3.CHAP(
            element_id=element_id,
            start_time=round(chapter.start_s * 1000),
            end_time=round(chapter.end_s * 1000),
            sub_frames=[id3.TIT2(encoding=id3.Encoding.UTF16, text=chapter.title)],
        )
        for element_id, chapter in zip(ids, chapters, strict=True)
    ]
    return [toc, *toc_parts, *chaps]


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
@pytest.mark.parametrize("audio_format", ["wav", "mp3"])
def test_a_tag_is_the_bytes_mutagen_writes(tmp_path: Path, case: str, audio_format: str) -> None:
    tags, chapters = CASES[case]
    make = _wav if audio_format == "wav" else _mp3
    ours, theirs = (
        make(tmp_path / f"ours.{audio_format}"),
        make(tmp_path / f"theirs.{audio_format}"),
    )
    write_tags(ours, audio_format, tags, chapters)
    _write_id3(theirs, audio_format, tags, chapters)
    assert ours.read_bytes() == theirs.read_bytes()


def test_an_mp3_longer_than_a_moved_block_keeps_its_audio(tmp_path: Path) -> None:
    """Its audio is moved after the tag a mebibyte at a time: each byte lands where mutagen
    puts it, and the frames decode as before."""
    ours, theirs = _mp3(tmp_path / "ours.mp3", 200), _mp3(tmp_path / "theirs.mp3", 200)
    assert ours.stat().st_size > 1 << 20
    write_tags(ours, "mp3", TAGS, _chapters(2))
    _write_id3(theirs, "mp3", TAGS, _chapters(2))
    assert ours.read_bytes() == theirs.read_bytes()
    assert abs(MP3(ours).info.length - 200) < 0.1


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


def test_an_mp3_tagged_already_is_refused(tmp_path: Path) -> None:
    path = _mp3(tmp_path / "n.mp3")
    write_tags(path, "mp3", TAGS, _chapters(1))
    with pytest.raises(ValueError, match="has an ID3 tag already"):
        write_tags(path, "mp3", TAGS, _chapters(1))
