"""The text that travels with a narration: WebVTT and SRT transcripts and an M3U playlist.

Every time comes from the audio actually written (frame counts), never from estimates, so a
cue starts exactly where its chunk starts in the whole narration.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_PLAYLIST_TITLE_CHARS = 120


@dataclass(frozen=True)
class Cue:
    """One chunk's written text and where its speech sits in the whole narration."""

    start_s: float
    end_s: float
    text: str


@dataclass(frozen=True)
class PlaylistEntry:
    """One chunk file, as a playlist lists it."""

    file: str
    duration_s: float
    text: str


def webvtt(cues: Iterable[Cue], language: str | None = None) -> str:
    """A WebVTT transcript, one cue per chunk; its `language` in a NOTE (WebVTT has no header
    for it: a player takes it from the page's `<track srclang>`, a reader from the note)."""
    return "".join(webvtt_parts(cues, language))


def webvtt_parts(cues: Iterable[Cue], language: str | None = None) -> Iterator[str]:
    """`webvtt`'s text in parts, a cue at a time: a long narration's transcript is written
    as it is made, not held whole with its cues' pieces (see `write_companions`)."""
    yield "WEBVTT"
    if language:
        yield f"\n\nNOTE Language: {language}"
    for number, cue in enumerate(cues, start=1):
        times = f"{_timestamp(cue.start_s, '.')} --> {_timestamp(cue.end_s, '.')}"
        yield f"\n\n{number}\n{times}\n{_vtt_text(cue.text)}"
    yield "\n"


def srt(cues: Iterable[Cue]) -> str:
    """A SubRip transcript, one cue per chunk."""
    return "".join(srt_parts(cues))


def srt_parts(cues: Iterable[Cue]) -> Iterator[str]:
    """`srt`'s text in parts, a cue at a time."""
    for number, cue in enumerate(cues, start=1):
        times = f"{_timestamp(cue.start_s, ',')} --> {_timestamp(cue.end_s, ',')}"
        if number > 1:
            yield "\n\n"
        yield f"{number}\n{times}\n{_one_line(cue.text)}"
    yield "\n"


def m3u(title: str, entries: Iterable[PlaylistEntry]) -> str:
    """An extended M3U playlist of the chunk files, in order, by relative path."""
    return "".join(m3u_parts(title, entries))


def m3u_parts(title: str, entries: Iterable[PlaylistEntry]) -> Iterator[str]:
    """`m3u`'s text in parts, an entry at a time."""
    yield f"#EXTM3U\n#EXTENC: UTF-8\n#PLAYLIST:{_one_line(title)}\n"
    for entry in entries:
        seconds = max(1, math.ceil(entry.duration_s)) if entry.duration_s > 0 else 0
        yield f"#EXTINF:{seconds},{_shortened(_one_line(entry.text))}\n{entry.file}\n"


def _timestamp(seconds: float, decimal_mark: str) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{decimal_mark}{millis:03d}"


def _one_line(text: str) -> str:
    # A blank line would end a cue early; a line break would split a playlist entry.
    return " ".join(text.split())


def _vtt_text(text: str) -> str:
    # WebVTT cue text is markup: escape what would start a tag or an entity, or end the cue.
    return _one_line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _shortened(text: str) -> str:
    if len(text) <= _PLAYLIST_TITLE_CHARS:
        return text
    return text[: _PLAYLIST_TITLE_CHARS - 1].rsplit(" ", 1)[0] + "\u2026"
