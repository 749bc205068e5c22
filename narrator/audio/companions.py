"""The files that travel with a narration's audio: its transcripts and its playlist."""

from __future__ import annotations

from pathlib import Path

from narrator.audio.manifest import PLAYLIST, TRANSCRIPTS
from narrator.audio.timings import ChunkTiming
from narrator.audio.transcripts import Cue, PlaylistEntry, m3u, srt, webvtt
from narrator.models import Plan


def write_companions(folder: Path, narration: Plan, timings: list[ChunkTiming]) -> list[str]:
    """Write the transcripts and the playlist into `folder`; returns their names."""
    cues = [Cue(t.start_s, t.speech_end_s, t.chunk.text) for t in timings]
    entries = [PlaylistEntry(t.file, t.end_s - t.start_s, t.chunk.text) for t in timings]
    vtt_name, srt_name = TRANSCRIPTS
    texts = {
        vtt_name: webvtt(cues, narration.article.language),
        srt_name: srt(cues),
        PLAYLIST: m3u(narration.article.title, entries),
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return list(texts)
