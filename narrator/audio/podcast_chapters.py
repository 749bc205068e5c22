"""A narration's sections as a Podcasting 2.0 JSON chapters file, written beside its audio.

    {"version": "1.2.0", "title": "...", "chapters": [{"startTime": 0, "title": "..."}, ...]}

The spec (podcastindex.org, "JSON Chapters Format") requires `version` and `chapters`, and per
chapter `startTime` in seconds; `title` and `endTime` are optional and given.
"""

from __future__ import annotations

import json

from narrator.audio.episodes import Episode
from narrator.files import write_atomically

__all__ = ["CHAPTERS_FILE", "CHAPTERS_TYPE", "chapters_json", "write_chapters"]

CHAPTERS_FILE = "chapters.json"
CHAPTERS_TYPE = "application/json+chapters"
"""The MIME type the `podcast:chapters` tag names for this format."""
_VERSION = "1.2.0"


def chapters_json(episode: Episode) -> str:
    """The chapters file of `episode`, as text."""
    starts = [chapter.start_s for chapter in episode.chapters]
    ends = [*starts[1:], episode.duration_s]
    chapters = [
        {"startTime": round(chapter.start_s, 3), "endTime": round(end, 3), "title": chapter.title}
        for chapter, end in zip(episode.chapters, ends, strict=True)
    ]
    document = {"version": _VERSION, "title": episode.title, "chapters": chapters}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_chapters(episode: Episode) -> bool:
    """Write the chapters file beside the narration when it is missing or stale; True if
    written. A re-saved narration's folder is new, so its file is written again."""
    path = episode.folder / CHAPTERS_FILE
    text = chapters_json(episode)
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except OSError:
        pass
    write_atomically(path, text)
    return True
