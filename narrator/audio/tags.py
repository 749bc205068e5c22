"""Tags and chapters inside the whole narration file, written with mutagen.

MP3 and WAV get ID3v2.3 frames (CTOC + CHAP for chapters, which podcast apps read); Ogg Vorbis
and FLAC get Vorbis comments, chapters as CHAPTER001=HH:MM:SS.mmm / CHAPTER001NAME=title.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from narrator.audio.manifest import public_source
from narrator.models import Article, Chapter, NarrationConfig

_CHAPTER_ID = "chp{number}"
_TOC_MOST = 255
_TOC_ID = "toc"


@dataclass(frozen=True)
class Tags:
    """What a player shows about a narration."""

    title: str
    artist: str
    album: str
    date: str
    comment: str
    """Where the article came from: its URL, or its file's name (see `public_source`)."""
    narrator_comment: str
    """The voice and the rate it was read with."""
    genre: str = "Speech"
    language: str | None = None
    """The article's language, a BCP-47 code ("de", "pt-br")."""


def tags_for(article: Article, config: NarrationConfig) -> Tags:
    """The tags of an article's narration: byline as artist, site or file as album."""
    album = article.site_name or _source_name(article.source)
    voice = config.voice or "the engine's default voice"
    return Tags(
        title=article.title,
        artist=article.byline or article.site_name or "narrator",
        album=album,
        date=article.date or datetime.date.today().isoformat(),
        comment=public_source(article.source),
        narrator_comment=f"Read by narrator with {voice} at {config.rate_wpm} words per minute",
        language=article.language,
    )


def _source_name(source: str) -> str:
    if source.startswith(("http://", "https://")):
        return urlparse(source).hostname or source
    if source in ("", "-"):
        return "narrator"
    return Path(source).name


def write_tags(path: Path, audio_format: str, tags: Tags, chapters: Sequence[Chapter]) -> None:
    """Write `tags` and `chapters` into the narration file `path`."""
    if audio_format in ("mp3", "wav"):
        _write_id3(path, audio_format, tags, chapters)
    else:
        _write_vorbis_comments(path, audio_format, tags, chapters)


def _write_id3(path: Path, audio_format: str, tags: Tags, chapters: Sequence[Chapter]) -> None:
    from mutagen import id3

    # Only the one format's module: this runs once the last chunk is written, and mutagen.mp3
    # costs 2-3 ms to import for a WAV that never needs it.
    if audio_format == "mp3":
        from mutagen.mp3 import MP3

        audio = MP3(path)
    else:
        from mutagen.wave import WAVE

        audio = WAVE(path)
    if audio.tags is None:
        audio.add_tags()
    frames = audio.tags
    frames.add(id3.TIT2(encoding=id3.Encoding.UTF16, text=tags.title))
    frames.add(id3.TPE1(encoding=id3.Encoding.UTF16, text=tags.artist))
    frames.add(id3.TALB(encoding=id3.Encoding.UTF16, text=tags.album))
    frames.add(id3.TDRC(encoding=id3.Encoding.UTF16, text=tags.date))
    frames.add(id3.TCON(encoding=id3.Encoding.UTF16, text=tags.genre))
    if tags.language and iso_639_2(tags.language):
        frames.add(id3.TLAN(encoding=id3.Encoding.UTF16, text=iso_639_2(tags.language)))
    frames.add(id3.COMM(encoding=id3.Encoding.UTF16, lang="eng", desc="", text=tags.comment))
    frames.add(
        id3.COMM(
            encoding=id3.Encoding.UTF16, lang="eng", desc="narrator", text=tags.narrator_comment
        )
    )
    for frame in _chapter_frames(chapters):
        frames.add(frame)
    audio.save(v2_version=3)


def _chapter_frames(chapters: Sequence[Chapter]) -> list[object]:
    from mutagen import id3

    ids = [_CHAPTER_ID.format(number=n) for n in range(1, len(chapters) + 1)]
    # A table of contents lists at most 255 elements (its count is a byte): past that, the
    # top one lists tables of 255 chapters each.
    tables = [ids[first : first + _TOC_MOST] for first in range(0, len(ids), _TOC_MOST)]
    parts = [] if len(tables) < 2 else [f"{_TOC_ID}{n}" for n in range(1, len(tables) + 1)]
    toc = id3.CTOC(
        element_id=_TOC_ID,
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


def _write_vorbis_comments(
    path: Path, audio_format: str, tags: Tags, chapters: Sequence[Chapter]
) -> None:
    from mutagen.flac import FLAC
    from mutagen.oggvorbis import OggVorbis

    audio = FLAC(path) if audio_format == "flac" else OggVorbis(path)
    if audio.tags is None:
        audio.add_tags()
    comments = audio.tags
    comments["TITLE"] = tags.title
    comments["ARTIST"] = tags.artist
    comments["ALBUM"] = tags.album
    comments["DATE"] = tags.date
    comments["GENRE"] = tags.genre
    if tags.language:
        comments["LANGUAGE"] = tags.language
    comments["COMMENT"] = [tags.comment, tags.narrator_comment]
    for number, chapter in enumerate(chapters, start=1):
        comments[f"CHAPTER{number:03d}"] = chapter_timestamp(chapter.start_s)
        comments[f"CHAPTER{number:03d}NAME"] = chapter.title
    audio.save()


# ISO 639-1 -> ISO 639-2/T, for ID3's TLAN frame (three letters); a language not listed is not
# tagged rather than tagged wrong.
_ISO_639_2 = {
    "en": "eng", "de": "deu", "fr": "fra", "es": "spa", "it": "ita", "pt": "por", "ru": "rus",
    "nl": "nld", "pl": "pol", "sv": "swe", "da": "dan", "nb": "nob", "no": "nor", "fi": "fin",
    "cs": "ces", "el": "ell", "tr": "tur", "ca": "cat", "ro": "ron", "hu": "hun", "uk": "ukr",
    "ja": "jpn", "zh": "zho", "ko": "kor", "ar": "ara", "he": "heb", "hi": "hin",
}  # fmt: skip


def iso_639_2(language: str) -> str | None:
    """The three-letter ISO 639-2 code of a BCP-47 tag ("de-AT" -> "deu"); None if unknown."""
    primary = language.lower().split("-")[0]
    return primary if len(primary) == 3 else _ISO_639_2.get(primary)


def chapter_timestamp(seconds: float) -> str:
    """HH:MM:SS.mmm, the time format of Vorbis chapter comments."""
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    return f"{hours:02d}:{minutes:02d}:{millis // 1000:02d}.{millis % 1000:03d}"
