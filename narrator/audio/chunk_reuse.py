"""Chunk files already written (see narrator.audio.wav.write_chunk_file), read back and reused.

The chunk cache stores speech in the same files, so a chunk file just made or found in the cache
is cloned (reflink) or, read-only, hard-linked into a narration's folder, never copied, and its
audio is appended to the whole by the kernel (narrator.audio.wav.copy_file_span): the samples of
a narration saved from the cache never pass through this process. A chunk file is taken only
whole, as narrator writes them, and, when asked, with its speech's CRC checked.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
import zlib
from pathlib import Path
from typing import BinaryIO

from narrator.audio.wav import (
    HEADER_BYTES,
    READ_ONLY,
    SPEECH_CHUNK,
    SPEECH_ID,
    AudioFormat,
    StoredSpeech,
    WavWriter,
    read_header,
)


def chunk_file_bytes(audio_format: AudioFormat, frames: int) -> int:
    """The size of a chunk file of `frames` frames (speech and pause)."""
    data_bytes = frames * audio_format.frame_bytes
    return HEADER_BYTES + data_bytes + data_bytes % 2 + SPEECH_CHUNK.size


def read_chunk_file(path: Path, verify: bool = True) -> StoredSpeech | None:
    """The speech in the chunk file `path`, or None when it is not a whole chunk file as
    narrator writes them; `verify` reads the speech and checks its CRC (None when damaged)."""
    try:
        with open(path, "rb") as chunk_file:
            return _read_chunk_file(path, chunk_file, verify)
    except (OSError, struct.error):
        return None


def _read_chunk_file(path: Path, chunk_file: BinaryIO, verify: bool) -> StoredSpeech | None:
    size = os.fstat(chunk_file.fileno()).st_size
    layout = _layout(chunk_file.read(HEADER_BYTES), size)
    if layout is None:
        return None
    audio_format, frames = layout
    trailer = os.pread(chunk_file.fileno(), SPEECH_CHUNK.size, size - SPEECH_CHUNK.size)
    chunk_id, chunk_bytes, speech_frames, checksum = SPEECH_CHUNK.unpack(trailer)
    if (chunk_id, chunk_bytes) != (SPEECH_ID, SPEECH_CHUNK.size - 8) or speech_frames > frames:
        return None
    if verify and not _intact(chunk_file, audio_format, frames, speech_frames, checksum):
        return None
    return StoredSpeech(audio_format, path, speech_frames, frames - speech_frames)


def _intact(
    chunk_file: BinaryIO, audio_format: AudioFormat, frames: int, speech_frames: int, crc: int
) -> bool:
    """Whether the speech (read from the file's position) has its CRC and the pause is silent."""
    if zlib.crc32(chunk_file.read(speech_frames * audio_format.frame_bytes)) != crc:
        return False
    pause = chunk_file.read((frames - speech_frames) * audio_format.frame_bytes)
    return pause.count(0) == len(pause)


def _layout(header: bytes, size: int) -> tuple[AudioFormat, int] | None:
    """The format and frames a chunk file's header gives, if they fit the file's size."""
    layout = read_header(header, size)
    if layout is None:
        return None
    return layout if size == chunk_file_bytes(*layout) else None


def link_or_copy(source: Path, target: Path) -> None:
    """`source`'s chunk file as `target`, without copying its audio where the file system can:
    a copy-on-write clone (reflink), else a hard link (chunk files are read-only, so editing one
    cannot change the cache or another narration: see `write_chunk_file`), else a copy."""
    status = os.stat(source)
    if _reflink(source, target, status.st_dev):
        return
    try:
        if status.st_mode & 0o222:  # made before chunk files were read-only
            source.chmod(READ_ONLY)
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
        target.chmod(READ_ONLY)


_FICLONE = 0x40049409
"""Linux's ioctl that makes a file share another's blocks until either is written."""


_NO_REFLINK: set[int] = set()
"""The devices (file systems) found unable to clone a file: not tried again."""


def _reflink(source: Path, target: Path, device: int) -> bool:
    """Clone `source` (on the file system `device`) as `target`; False (and no `target`)
    where the file system cannot."""
    if not sys.platform.startswith("linux") or device in _NO_REFLINK:
        return False
    import fcntl

    with open(source, "rb") as original, open(target, "xb") as clone:
        try:
            fcntl.ioctl(clone.fileno(), _FICLONE, original.fileno())
        except OSError:
            cloned = False
        else:
            cloned = True
    if cloned:
        target.chmod(READ_ONLY)
    else:
        _NO_REFLINK.add(device)
        target.unlink()
    return cloned


def write_stored_speech(path: Path, stored: StoredSpeech, pause_frames: int) -> None:
    """The chunk file of `stored`'s speech followed by `pause_frames` of silence: `stored`'s own
    file when its pause is the same, else a new one made from its speech."""
    if stored.pause_frames == pause_frames:
        link_or_copy(stored.path, path)
        return
    with open(stored.path, "rb") as source:
        source.seek(-SPEECH_CHUNK.size, os.SEEK_END)
        trailer = source.read(SPEECH_CHUNK.size)  # the speech's length and CRC: the same
    with WavWriter(path, stored.format, trailer) as chunk_file:
        chunk_file.append_from(stored.path, HEADER_BYTES, stored.frame_count)
        chunk_file.append_silence(pause_frames)
    path.chmod(READ_ONLY)
