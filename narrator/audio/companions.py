"""The files that travel with a narration's audio: its transcripts and its playlist."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from narrator.audio.manifest import PLAYLIST, TRANSCRIPTS
from narrator.audio.timings import ChunkTiming
from narrator.audio.transcripts import Cue, PlaylistEntry, m3u_parts, srt_parts, webvtt_parts
from narrator.models import Plan


def write_companions(folder: Path, narration: Plan, timings: list[ChunkTiming]) -> list[str]:
    """Write the transcripts and the playlist into `folder`; returns their names. Each is
    written as it is made, a chunk at a time: a 17-hour narration's three texts, made whole
    and at once, took 11 MB."""
    vtt_name, srt_name = TRANSCRIPTS
    language, title = narration.article.language, narration.article.title
    parts: dict[str, Callable[[], Iterable[str]]] = {
        vtt_name: lambda: webvtt_parts(_cues(timings), language),
        srt_name: lambda: srt_parts(_cues(timings)),
        PLAYLIST: lambda: m3u_parts(title, _entries(timings)),
    }
    for name, made in parts.items():
        with (folder / name).open("w", encoding="utf-8") as out:
            pieces = iter(made())
            while batch := "".join(islice(pieces, _PARTS_AT_ONCE)):
                out.write(batch)
    return list(parts)


_PARTS_AT_ONCE = 512
"""Parts (about a chunk each) joined for a write: written one by one, they took a tenth
longer."""


def _cues(timings: list[ChunkTiming]) -> Iterator[Cue]:
    return (Cue(t.start_s, t.speech_end_s, t.chunk.text) for t in timings)


def _entries(timings: list[ChunkTiming]) -> Iterator[PlaylistEntry]:
    return (PlaylistEntry(t.file, t.end_s - t.start_s, t.chunk.text) for t in timings)
