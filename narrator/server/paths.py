"""Which files `narrator serve` gives out: only the narrations' own, inside the folder served.

A request names a file as `<narration folder>/<file>` or, at the top, the cover. Anything else
is not found: `..` or `.` segments (raw or percent-encoded, which arrive decoded here), hidden
names, NUL and backslashes, absolute paths, folders, other suffixes, and any path that goes
through a symbolic link (which could point out of the folder).
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["NARRATION_SUFFIXES", "served_file"]

NARRATION_SUFFIXES = frozenset({".wav", ".mp3", ".ogg", ".flac", ".vtt", ".srt", ".m3u", ".json"})
"""What a narration folder holds that a listener may fetch: audio, transcripts, playlist,
manifest and chapters."""
_TOP_FILES = frozenset({"cover.png", "cover.jpg"})


def served_file(root: Path, requested: str) -> Path | None:
    """The file that `requested` (a decoded URL path, without its leading "/") names in `root`,
    or None when it names nothing that may be served."""
    parts = requested.split("/")
    if not all(_plain(part) for part in parts):
        return None
    if len(parts) == 1 and parts[0] in _TOP_FILES:
        return _regular_inside(root, parts)
    if len(parts) != 2 or Path(parts[1]).suffix.lower() not in NARRATION_SUFFIXES:
        return None
    if _regular_inside(root, [parts[0], "manifest.json"]) is None:
        return None
    return _regular_inside(root, parts)


def _plain(part: str) -> bool:
    """A single, visible name: no dot segments, hidden files, separators or control bytes."""
    return (
        bool(part)
        and not part.startswith(".")
        and "\\" not in part
        and not any(ord(char) < 32 for char in part)
    )


def _regular_inside(root: Path, parts: list[str]) -> Path | None:
    """`root/parts…` when it is a regular file reached through no symbolic link."""
    base = Path(os.path.realpath(root))
    candidate = base.joinpath(*parts)
    if Path(os.path.realpath(candidate)) != candidate or not candidate.is_file():
        return None
    return candidate
