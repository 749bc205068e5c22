"""The narrations as the listening page reads them: `/narrations.json`, newest first."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from narrator.audio.episodes import Episode, episodes
from narrator.audio.feed import MIME_TYPES

__all__ = ["listing"]


def listing(root: Path) -> dict[str, object]:
    """Every narration in `root` with its chapters and the URLs (relative) of its files."""
    return {"narrations": [_entry(episode) for episode in episodes(root)]}


def _entry(episode: Episode) -> dict[str, object]:
    folder = quote(episode.name)
    vtt = next((t for t in episode.transcripts if t.suffix == ".vtt"), None)
    return {
        "id": episode.guid,
        "title": episode.title,
        "byline": episode.byline,
        "source": episode.source,
        "date": episode.date.isoformat(),
        "duration_s": round(episode.duration_s, 3),
        "language": episode.language,
        "audio": f"{folder}/{quote(episode.audio.name)}",
        "type": MIME_TYPES.get(episode.audio.suffix.lower(), "application/octet-stream"),
        "transcript": f"{folder}/{quote(vtt.name)}" if vtt else None,
        "chapters": [{"title": c.title, "start_s": c.start_s} for c in episode.chapters],
    }
