"""Tags and chapters inside the whole narration file: an MP3's and a WAV's written as mutagen
writes them, without it (see narrator.audio.id3_tags), an Ogg's and a FLAC's with it.

MP3 and WAV get ID3v2.3 frames (CTOC + CHAP for chapters, which podcast apps read); Ogg Vorbis
and FLAC get Vorbis comments, chapters as CHAPTER001=HH:MM:SS.mmm / CHAPTER001NAME=title.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from narrator.audio.manifest import public_source
from narrator.models import Article, Chapter, NarrationConfig

if TYPE_CHECKING:
    from narrator.audio.id3_tags import Frame

_CHAPTER_ID = "chp{number}"
_TOC_MOST = 255
_TOC_ID = "toc"
_TOP_LEVEL, _ORDERED = 2, 1
"""CTOC's flags (mutagen's CTOCFlags)."""


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
        from narrator.audio import id3_tags

        frames = _id3_frames(tags, chapters)
        if audio_format == "mp3":
            id3_tags.prepend_id3_tag(path, frames)
        else:
            id3_tags.append_id3_chunk(path, frames)
    else:
        _write_vorbis_comments(path, audio_format, tags, chapters)


def _id3_frames(tags: Tags, chapters: Sequence[Chapter]) -> list[Frame]:
    """The tag's frames: title, artist, album, date, genre, language, the source and the
    reading as comments, and a table of contents with a chapter for each section (a table of
    contents lists at most 255: past that, the top one lists tables of 255 chapters each)."""
    from narrator.audio import id3_tags as id3

    language = iso_639_2(tags.language) if tags.language else None
    frames = [
        *id3.text_frame("TIT2", tags.title),
        *id3.text_frame("TPE1", tags.artist),
        *id3.text_frame("TALB", tags.album),
        *id3.date_frame(tags.date),
        *id3.text_frame("TCON", tags.genre),
        *id3.text_frame("TLAN", language or ""),
        *id3.comment_frame(tags.comment),
        *id3.comment_frame(tags.narrator_comment, "narrator"),
    ]
    ids = [_CHAPTER_ID.format(number=n) for n in range(1, len(chapters) + 1)]
    tables = [ids[first : first + _TOC_MOST] for first in range(0, len(ids), _TOC_MOST)]
    parts = [] if len(tables) < 2 else [f"{_TOC_ID}{n}" for n in range(1, len(tables) + 1)]
    frames.append(id3.toc_frame(_TOC_ID, _TOP_LEVEL | _ORDERED, parts or ids, "Chapters"))
    frames += [id3.toc_frame(p, _ORDERED, t) for p, t in zip(parts, tables, strict=False)]
    frames += [
        id3.chapter_frame(i, round(c.start_s * 1000), round(c.end_s * 1000), c.title)
        for i, c in zip(ids, chapters, strict=True)
    ]
    return frames


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
