"""Whether a folder's narration is still what saving the article would make.

`narration_key` digests everything a narration's files depend on; the manifest keeps it, so
that saving an unchanged article again does nothing (see `up_to_date`).
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Sequence
from pathlib import Path

from narrator._version import __version__
from narrator.audio.manifest import MANIFEST_NAME, Manifest, read_manifest
from narrator.models import Article, Chunk, NarrationConfig, SavedNarration

_SETTINGS_WITHOUT_EFFECT = ("jobs", "use_cache", "cache_dir", "cache_max_mb", "lexicon_path")
"""Settings that change how a narration is made, never what it is (the lexicon's text counts,
not its path)."""


def narration_key(
    article: Article,
    config: NarrationConfig,
    engine: str,
    lexicon: str,
    chunks: Sequence[Chunk] | None = None,
) -> str:
    """A digest of everything a narration's files depend on: the article as read, the lexicon's
    text, every setting that shapes the plan or the audio, the engine and narrator's version,
    known before the article is cut into chunks; `chunks` too when the plan was made elsewhere."""
    import hashlib

    settings = {
        name: value for name, value in vars(config).items() if name not in _SETTINGS_WITHOUT_EFFECT
    }
    if config.channels == 1:
        del settings["channels"]  # mono narrations keep the keys they had before stereo existed
    described = {
        "article": dataclasses.asdict(article),
        "chunks": [dataclasses.asdict(chunk) for chunk in chunks] if chunks is not None else None,
        "lexicon": lexicon,
        "settings": settings,
        "engine": engine,
        "narrator": __version__,
    }
    text = json.dumps(described, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def up_to_date(
    folder: Path, render_key: str, manifest: Manifest | None = None
) -> SavedNarration | None:
    """The narration already in `folder` when it was made from exactly what `render_key`
    describes and every file it lists is there; None when it must be made (again). `manifest`
    is the folder's, when it has been read already."""
    manifest = manifest or read_manifest(folder)
    if manifest is None or manifest.render_key != render_key:
        return None
    saved = saved_narration(folder, manifest)
    files = (saved.narration, *saved.chunk_files, *saved.extra_files)
    if not all(path.is_file() for path in files):
        return None
    return saved if _audio_intact(saved, manifest) else None


def _audio_intact(saved: SavedNarration, manifest: Manifest) -> bool:
    """Whether the narration's audio is as it was written: WAV chunk files pass their checksum
    (and the whole is long enough to hold them); other formats' files are not empty. A damaged
    narration is made again rather than reported up to date."""
    from narrator.audio.chunk_reuse import read_chunk_file
    from narrator.audio.wav import HEADER_BYTES

    if manifest.format != "wav" or manifest.loudness is not None or _stereo(saved.narration):
        return all(path.stat().st_size > 0 for path in (saved.narration, *saved.chunk_files))
    written_ns = saved.manifest.stat().st_mtime_ns
    frames = 0
    for path, chunk in zip(saved.chunk_files, manifest.chunks, strict=True):
        stored = read_chunk_file(path, verify=changed_since(path, written_ns))
        if stored is None or stored.frame_count + stored.pause_frames != chunk.frame_count:
            return False
        frames += chunk.frame_count
        frame_bytes = stored.format.frame_bytes
    return (
        saved.chunk_files == ()
        or saved.narration.stat().st_size >= HEADER_BYTES + frames * frame_bytes
    )


def _stereo(whole: Path) -> bool:
    """Whether the WAV `whole` has two channels: a stereo narration's chunk files have no
    speech record (see narrator.audio.stereo), so only their size is checked."""
    with open(whole, "rb") as file:
        header = file.read(24)
    return header[8:16] == b"WAVEfmt " and int.from_bytes(header[22:24], "little") == 2


def changed_since(path: Path, written_ns: int) -> bool:
    """Whether the file at `path` may have changed since its narration's manifest was written
    (at `written_ns`): its inode changed at that time or after (or it cannot be looked at).

    A chunk file is checked when it is put in a narration's folder (made, or read from the
    cache or a previous narration through its checksum), then the manifest is written. Whatever
    changes the file later (a write, truncation, `touch`, a new hard link, a cache hit's new
    modification time) sets its inode's change time, which no one can set back: a file whose
    change time is older than the manifest is the file that was checked, and its checksum (a
    read of all its audio: 114 MB for a 43-minute narration) need not be computed again."""
    try:
        return os.stat(path).st_ctime_ns >= written_ns
    except OSError:
        return True


def saved_narration(folder: Path, manifest: Manifest) -> SavedNarration:
    """The narration in `folder`, as its manifest describes it."""
    return SavedNarration(
        folder=folder,
        narration=folder / manifest.file,
        chunk_files=tuple(folder / chunk.file for chunk in manifest.chunks),
        manifest=folder / MANIFEST_NAME,
        duration_s=manifest.duration_s,
        chapters=manifest.chapters,
        extra_files=tuple(folder / name for name in [*manifest.transcripts, manifest.playlist]),
        loudness_lufs=manifest.loudness.integrated_lufs if manifest.loudness else None,
    )
