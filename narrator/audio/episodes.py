"""The narrations of an output folder as podcast episodes: what the feed and the page list.

Each narration folder's manifest.json is read as the typed `Manifest` (one that cannot be
understood leaves the folder out, never a KeyError), in ONE place, `_episode_from_manifest`. The
manifest holds the article's date and language; folders saved before it did kept them beside
the narrations in `.episodes.json`, which is still read for them (and written by `remember`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from narrator.audio.manifest import MANIFEST_NAME, Manifest, parse_manifest
from narrator.files import write_atomically

__all__ = [
    "EPISODES_FILE",
    "Episode",
    "EpisodeChapter",
    "episodes",
    "parse_date",
    "remember",
]

EPISODES_FILE = ".episodes.json"
"""Per narration folder: the article's date and language, for folders whose manifest does not
keep them (saved by an older narrator)."""
DEFAULT_LANGUAGE = "en"
# A fixed namespace, so that one source always gives one guid: never change it.
_GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "narrator:episode")


@dataclass(frozen=True)
class EpisodeChapter:
    """A section of a narration, from where it starts."""

    title: str
    start_s: float


@dataclass(frozen=True)
class Episode:
    """One narration, as a podcast lists it."""

    folder: Path
    title: str
    byline: str | None
    source: str
    guid: str
    """Stable across re-saves of the same article: a UUID made from its source."""
    audio: Path
    duration_s: float
    date: datetime
    """The article's date, else when the narration was written."""
    language: str
    chapters: tuple[EpisodeChapter, ...]
    transcripts: tuple[Path, ...]
    """The VTT, then the SRT (those that exist)."""

    @property
    def name(self) -> str:
        """The folder's name, which is also its path in URLs."""
        return self.folder.name


def episodes(root: Path) -> list[Episode]:
    """Every narration in `root`, newest first (by date, then by folder name)."""
    extras = _read_extras(root)
    found = []
    if root.is_dir():
        for folder in sorted(root.iterdir()):
            if folder.name.startswith(".") or not folder.is_dir():
                continue
            episode = _episode(folder, extras.get(folder.name, {}))
            if episode is not None:
                found.append(episode)
    return sorted(found, key=lambda e: (e.date, e.name), reverse=True)


def remember(root: Path, folder: Path, date: str | None, language: str | None) -> None:
    """Keep the article's date and language for the narration in `folder` (in `root`)."""
    extras = _read_extras(root)
    extras[folder.name] = {"date": date, "language": language}
    write_atomically(root / EPISODES_FILE, json.dumps(extras, indent=2, sort_keys=True) + "\n")


def _read_extras(root: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads((root / EPISODES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, dict)}


def _episode(folder: Path, extra: Mapping[str, Any]) -> Episode | None:
    manifest_path = folder / MANIFEST_NAME
    try:
        manifest = parse_manifest(json.loads(manifest_path.read_text(encoding="utf-8")))
        written = datetime.fromtimestamp(manifest_path.stat().st_mtime, UTC)
    except (OSError, ValueError):  # ManifestError is a ValueError
        return None
    return _episode_from_manifest(folder, manifest, extra, written)


def _episode_from_manifest(
    folder: Path, manifest: Manifest, extra: Mapping[str, Any], written: datetime
) -> Episode | None:
    """The episode of the narration in `folder`; None when its audio is not there. The date
    and language are the manifest's, else those an older narrator kept in `extra`, else when
    the narration was written and English."""
    audio = folder / manifest.file
    if not audio.is_file() or audio.parent != folder:
        return None
    transcripts = tuple(folder / name for name in manifest.transcripts)
    identity = manifest.source_id or manifest.source or folder.name
    language = manifest.language or extra.get("language")
    return Episode(
        folder=folder,
        title=manifest.title or folder.name,
        byline=manifest.byline or None,
        source=manifest.source,
        guid=f"urn:uuid:{uuid.uuid5(_GUID_NAMESPACE, identity)}",
        audio=audio,
        duration_s=manifest.duration_s,
        date=parse_date(manifest.date) or parse_date(extra.get("date")) or written,
        language=str(language or DEFAULT_LANGUAGE),
        chapters=tuple(EpisodeChapter(c.title, c.start_s) for c in manifest.chapters),
        transcripts=tuple(path for path in transcripts if path.is_file()),
    )


def parse_date(text: object) -> datetime | None:
    """A date as articles and feeds write it (ISO 8601 or RFC 2822), in UTC; None if unreadable."""
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        # Imported for a date that is not ISO 8601 only: email.utils costs 4 ms to import.
        from email.utils import parsedate_to_datetime

        try:
            parsed = parsedate_to_datetime(text.strip())
        except (TypeError, ValueError):
            return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
