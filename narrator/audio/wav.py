"""WAV files as narrator writes them: PCM clips, the whole narration, and chunk files.

A chunk file is its chunk's speech followed by its pause as silence, then a small `nrcs` chunk
that says how many frames are speech and their CRC-32. Audio already in a file (a chunk file's)
is appended to the whole by the kernel (`copy_file_span`). Chunk files are read back, and put in
a narration's folder without copying them, by narrator.audio.chunk_reuse.
"""

from __future__ import annotations

import errno
import os
import struct
import wave
import zlib
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

from narrator.errors import AudioOutputError


@dataclass(frozen=True)
class AudioFormat:
    """The PCM layout of a WAV file, read from the file itself."""

    frame_rate: int
    sample_width: int
    channels: int

    @property
    def frame_bytes(self) -> int:
        return self.sample_width * self.channels

    def frames_for(self, seconds: float) -> int:
        """Whole frames in `seconds` of audio."""
        return round(seconds * self.frame_rate)

    def seconds(self, frames: int) -> float:
        """The duration of `frames` frames."""
        return frames / self.frame_rate


@dataclass(frozen=True)
class Clip:
    """PCM audio in memory: one chunk's worth, never a whole narration."""

    format: AudioFormat
    frames: bytes

    @property
    def frame_count(self) -> int:
        return len(self.frames) // self.format.frame_bytes


def read_wav(path: Path) -> Clip:
    """Read a WAV file's format and frames."""
    with wave.open(str(path), "rb") as source:
        audio_format = AudioFormat(
            source.getframerate(), source.getsampwidth(), source.getnchannels()
        )
        return Clip(audio_format, source.readframes(source.getnframes()))


def write_wav(path: Path, clip: Clip) -> None:
    """Write `clip` as a WAV file."""
    with WavWriter(path, clip.format) as writer:
        writer.append(clip)


_HEADER = struct.Struct("<4sI4s4sIHHIIHH4sI")
"""A PCM WAV file's header: RIFF, fmt and data chunk headers."""
HEADER_BYTES = _HEADER.size
_PCM = 1
MAX_DATA_BYTES = 0xFFFFFFFF - 4096
"""The most audio a WAV file holds: its sizes are 32-bit (4 GiB, 27 hours of 22 kHz speech);
the rest is room for the header and the trailers."""


ENGINE_BYTES_PER_S = 22050 * 2
"""espeak-ng's and most Piper voices' audio: 22,050 16-bit mono frames a second."""


def check_wav_duration(seconds: float, channels: int) -> None:
    """Refuse a narration of `seconds` on `channels` channels that would not fit in a WAV file."""
    if channels * seconds * ENGINE_BYTES_PER_S > MAX_DATA_BYTES:
        raise too_long(seconds)


def too_long(seconds: float) -> AudioOutputError:
    """The error for a narration too long for a WAV file."""
    return AudioOutputError(
        f"the narration would last about {seconds / 3600:.0f} hours, more than a WAV file can "
        "hold (4 GiB); save it with --format flac, ogg or mp3, or split the article"
    )


class WavWriter:
    """A PCM WAV file written clip by clip, so a whole narration is never held in memory; its
    header is written when it is closed, and `trailer` (whole RIFF chunks) after the audio."""

    def __init__(self, path: Path, audio_format: AudioFormat, trailer: bytes = b"") -> None:
        self.format = audio_format
        self.frame_count = 0
        self._trailer = trailer
        self._file = open(path, "wb")  # noqa: SIM115 - closed by close()
        self._file.write(bytes(_HEADER.size))

    def append(self, clip: Clip) -> None:
        """Add `clip` at the end; its format must match the file's."""
        if clip.format != self.format:
            raise AudioOutputError(
                f"the engine changed its audio format mid-way ({clip.format} after "
                f"{self.format}); narrate again"
            )
        self._make_room(clip.frame_count)
        self._file.write(clip.frames)
        self.frame_count += clip.frame_count

    def append_silence(self, frames: int) -> None:
        """Add `frames` frames of silence at the end."""
        self._make_room(frames)
        self._file.write(bytes(frames * self.format.frame_bytes))
        self.frame_count += frames

    def append_frames(self, frames: memoryview) -> None:
        """Add `frames`, PCM audio of the file's format (a view of samples made here: no
        bytes object is made of them), at the end."""
        count = frames.nbytes // self.format.frame_bytes
        self._make_room(count)
        self._file.write(frames)
        self.frame_count += count

    def _make_room(self, frames: int) -> None:
        """Refuse audio past what a WAV file's 32-bit sizes can say."""
        if (self.frame_count + frames) * self.format.frame_bytes > MAX_DATA_BYTES:
            raise too_long(self.format.seconds(self.frame_count + frames))

    def append_from(self, source: Path, offset: int, frames: int) -> None:
        """Add `frames` frames of the same format found `offset` bytes into the file `source`,
        copied by the kernel where it can."""
        self._make_room(frames)
        self._file.flush()
        copy_file_span(source, self._file.fileno(), offset, frames * self.format.frame_bytes)
        self._file.seek(0, os.SEEK_END)
        self.frame_count += frames

    def close(self) -> None:
        """Write the trailer and the header, with the sizes, and close the file (closed even
        when that fails, or is interrupted)."""
        if self._file.closed:
            return
        try:
            self._finish()
        finally:
            self._file.close()

    def _finish(self) -> None:
        data_bytes = self.frame_count * self.format.frame_bytes
        padding = data_bytes % 2  # RIFF chunks are padded to an even size
        self._file.write(bytes(padding) + self._trailer)
        self._file.seek(0)
        self._file.write(_header(self.format, data_bytes, len(self._trailer)))

    def __enter__(self) -> WavWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def _header(audio: AudioFormat, data_bytes: int, trailer_bytes: int = 0) -> bytes:
    """The header of a PCM WAV file of `data_bytes` of audio and `trailer_bytes` after them."""
    riff_bytes = _HEADER.size - 8 + data_bytes + data_bytes % 2 + trailer_bytes
    return _HEADER.pack(
        b"RIFF", riff_bytes, b"WAVE",
        b"fmt ", 16, _PCM, audio.channels, audio.frame_rate,
        audio.frame_rate * audio.frame_bytes, audio.frame_bytes, 8 * audio.sample_width,
        b"data", data_bytes,
    )  # fmt: skip


class _Header(NamedTuple):
    riff: bytes
    riff_bytes: int
    wave: bytes
    fmt: bytes
    fmt_bytes: int
    kind: int
    channels: int
    frame_rate: int
    byte_rate: int
    frame_bytes: int
    bits: int
    data: bytes
    data_bytes: int


_PCM_HEADER_IDS = (b"RIFF", b"WAVE", b"fmt ", 16, _PCM, b"data")


def read_header(header: bytes, size: int) -> tuple[AudioFormat, int] | None:
    """The format and frames a PCM WAV file's header (as written here) gives, if its sizes fit
    the file's `size`."""
    if len(header) < HEADER_BYTES:
        return None
    fields = _Header._make(_HEADER.unpack(header))
    ids = (fields.riff, fields.wave, fields.fmt, fields.fmt_bytes, fields.kind, fields.data)
    audio_format = AudioFormat(fields.frame_rate, fields.bits // 8, fields.channels)
    if ids != _PCM_HEADER_IDS or not (fields.frame_rate and fields.frame_bytes):
        return None
    frames, odd = divmod(fields.data_bytes, fields.frame_bytes)
    if odd or fields.frame_bytes != audio_format.frame_bytes or fields.riff_bytes + 8 != size:
        return None
    return audio_format, frames


def write_pcm_file(
    path: Path,
    audio: AudioFormat,
    frames: memoryview | bytes,
    silence: int,
    trailer: bytes = b"",
    mode: int | None = None,
) -> None:
    """Write the WAV file of `frames` (PCM audio of `audio`'s format) followed by `silence`
    frames of silence and `trailer` (whole RIFF chunks), with one system call: the header is
    known beforehand. `mode`: the file's permissions, set before it is closed."""
    data_bytes = memoryview(frames).nbytes + silence * audio.frame_bytes
    if data_bytes > MAX_DATA_BYTES:
        raise too_long(audio.seconds(data_bytes // audio.frame_bytes))
    after = bytes(silence * audio.frame_bytes + data_bytes % 2) + trailer
    parts: list[bytes | memoryview] = [_header(audio, data_bytes, len(trailer)), frames, after]
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, 0o666)
    try:
        written = os.writev(descriptor, parts)
        total = sum(memoryview(part).nbytes for part in parts)
        if written < total:  # a short write (a full disk says so on the next one)
            rest = b"".join(bytes(part) for part in parts)[written:]
            while rest:
                rest = rest[os.write(descriptor, rest) :]
        if mode is not None:
            _set_mode(descriptor, path, mode)
    finally:
        os.close(descriptor)


def _set_mode(descriptor: int, path: Path, mode: int) -> None:
    """Give the open file `path` the permissions `mode` (through its descriptor where the
    system can: no lookup of its path)."""
    if hasattr(os, "fchmod"):
        os.fchmod(descriptor, mode)
    else:
        os.chmod(path, mode)


def copy_file_span(source: Path, target: int, offset: int, count: int) -> None:
    """Append `count` bytes of `source` from `offset` to the open file descriptor `target`: in
    the kernel (os.copy_file_range) where it can, else through a buffer."""
    # A bare descriptor: a file object costs three more system calls, for every chunk.
    data = os.open(source, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        copied = _copy_in_kernel(data, target, offset, count)
        while copied < count:
            block = os.pread(data, min(count - copied, 1 << 20), offset + copied)
            if not block:
                raise AudioOutputError(f"'{source}' was cut short while it was read; narrate again")
            written = memoryview(block)
            while written:
                written = written[os.write(target, written) :]
            copied += len(block)
    finally:
        os.close(data)


def _copy_in_kernel(source: int, target: int, offset: int, count: int) -> int:
    """Copy what the kernel will of `count` bytes from `offset`; the number of bytes copied."""
    copied = 0
    if not hasattr(os, "copy_file_range"):
        return copied
    try:
        while copied < count:
            step = os.copy_file_range(source, target, count - copied, offset + copied)
            if step == 0:
                break
            copied += step
    except OSError as error:
        if error.errno not in (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
            raise
    return copied


SPEECH_CHUNK = struct.Struct("<4sIII")
"""A chunk file's trailer: the `nrcs` RIFF chunk, its size, the speech's frames and CRC-32."""
SPEECH_ID = b"nrcs"


@dataclass(frozen=True)
class StoredSpeech:
    """A chunk's speech kept in a chunk file (in the chunk cache, or in the narration its folder
    held before), read only when it must be: its file can be linked as the chunk file of a
    chunk with the same pause, and its audio copied into the whole."""

    format: AudioFormat
    path: Path
    frame_count: int
    """The speech's frames, as for a Clip."""
    pause_frames: int
    """The silence that follows the speech in the file."""
    levels_path: Path | None = None
    """Where the speech's loudness statistics are kept beside it (in the chunk cache), or None
    (see narrator.audio.loudness.bins)."""

    def clip(self) -> Clip:
        """The speech, read into memory."""
        size = self.frame_count * self.format.frame_bytes
        with open(self.path, "rb") as chunk_file:
            frames = os.pread(chunk_file.fileno(), size, HEADER_BYTES)
        if len(frames) != size:
            raise AudioOutputError(f"'{self.path}' was cut short while it was read; narrate again")
        return Clip(self.format, frames)


def write_chunk_file(path: Path, speech: Clip, pause_frames: int) -> None:
    """Write the chunk file of `speech` followed by `pause_frames` of silence, read-only, with
    one system call for its bytes (a worker writes one for every chunk it speaks)."""
    trailer = SPEECH_CHUNK.pack(
        SPEECH_ID, SPEECH_CHUNK.size - 8, speech.frame_count, zlib.crc32(speech.frames)
    )
    write_pcm_file(path, speech.format, speech.frames, pause_frames, trailer, READ_ONLY)


READ_ONLY = 0o444
"""A chunk file's mode: it may be a hard link to the chunk cache's entry and other
narrations' chunk files, so it is not edited in place (a narration's folder can still be
removed, and a chunk file replaced)."""
