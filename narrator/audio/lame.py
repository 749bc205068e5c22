"""MP3 through LAME (its own library: narrator.audio.libmp3lame) at settings chosen for
speech, with the gapless Info tag that LAME's own front end writes.

Why LAME called here rather than through libsndfile: libsndfile runs LAME at its default
quality (-q 3), which costs 13 s of CPU per hour of 22 kHz mono here; -q 7 costs a seventh of
that, and at 64 kbit/s speech sounds the same. LAME's library writes bare frames, which
decode longer than what was encoded (LAME's encoder delay and the decoder's, then the last
frame's padding): the first frame here is the Info tag with the LAME extension, whose delay
and padding let decoders (mpg123, players, mutagen) trim the file to the exact samples
encoded, so chapter and cue times stay where a listener hears them.
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from narrator.errors import AudioOutputError

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from narrator.audio.libmp3lame import Encoder

QUALITY = 7
"""LAME's -q: 7 is several times faster than the default 3 and, for speech at 64 kbit/s,
sounds the same."""
ENCODER_DELAY = 576
"""Samples LAME puts before the first one encoded, at every frame rate."""
BITRATES_KBPS = {
    1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
"""Layer III bit rates by index, for MPEG-1 and for MPEG-2 and 2.5."""
_FRAME_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}
"""Frame rates by index, by the header's version bits (3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5)."""
TAG_BYTES = 120 + 36
"""The Info tag (frames, bytes, seek table, quality) and its LAME extension."""
READ_BYTES = 1 << 20
"""Bytes of an MP3 read at once to find its frames."""


def _crc16_table() -> list[int]:
    """CRC-16/ARC, as LAME checks its tag with."""
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_CRC16 = _crc16_table()


def _crc16(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc = _CRC16[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc


class FrameHeader:
    """An MPEG audio layer III frame header."""

    def __init__(self, raw: bytes) -> None:
        word = int.from_bytes(raw[:4], "big")
        self.version = (word >> 19) & 3
        if word >> 21 != 0x7FF or self.version == 1 or (word >> 17) & 3 != 1:
            raise AudioOutputError(f"LAME wrote no MP3 frame ({raw[:4].hex()}); narrate again")
        self.word = word
        self.mpeg1 = self.version == 3
        self.bitrate_index = (word >> 12) & 15
        self.rate = _FRAME_RATES[self.version][(word >> 10) & 3]
        self.mono = (word >> 6) & 3 == 3

    @property
    def samples(self) -> int:
        """Samples per frame."""
        return 1152 if self.mpeg1 else 576

    @property
    def bitrate_kbps(self) -> int:
        return BITRATES_KBPS[1 if self.mpeg1 else 2][self.bitrate_index]

    @property
    def frame_bytes(self) -> int:
        """Bytes in this frame (its padding included)."""
        return self.size(self.bitrate_index, bool(self.word >> 9 & 1))

    def size(self, bitrate_index: int, padded: bool) -> int:
        """Bytes in a frame of this kind at `bitrate_index`."""
        kbps = BITRATES_KBPS[1 if self.mpeg1 else 2][bitrate_index]
        return (144 if self.mpeg1 else 72) * kbps * 1000 // self.rate + padded

    def side_info_bytes(self) -> int:
        if self.mpeg1:
            return 17 if self.mono else 32
        return 9 if self.mono else 17

    def info_index(self) -> int:
        """The lowest bit rate, from the stream's up, whose frame holds the tag (decoders skip
        the Info frame, so it may differ)."""
        for index in range(self.bitrate_index, 15):
            if self.size(index, False) >= 4 + self.side_info_bytes() + TAG_BYTES:
                return index
        raise AudioOutputError("no MP3 frame holds LAME's tag; choose a higher bit rate")


def new_encoder(frame_rate: int, bitrate_kbps: int, channels: int = 1) -> Encoder:
    """LAME set for mono `frame_rate` (never resampled: cue times stay exact) at a constant
    `bitrate_kbps` and the speech settings; for `channels` 2, joint stereo (two identical
    channels cost the side channel's few bits: see narrator.audio.stereo)."""
    from narrator.audio.libmp3lame import Encoder, LameError

    try:
        return Encoder(frame_rate, bitrate_kbps, channels, QUALITY)
    except LameError as error:
        raise _refused(frame_rate, bitrate_kbps, error) from None


def _refused(frame_rate: int, bitrate_kbps: int, error: Exception) -> AudioOutputError:
    return AudioOutputError(
        f"LAME cannot encode MP3 at {frame_rate} Hz, {bitrate_kbps} kbit/s ({error}); "
        "choose another format with --format"
    )


def encoded(
    encoder: Encoder,
    samples: NDArray[np.int16],
    frame_rate: int,
    bitrate_kbps: int,
    channels: int = 1,
) -> bytes:
    """What LAME gives back for `samples` (mono, 16-bit, put on `channels` channels);
    AudioOutputError if it refuses its settings."""
    if channels != 1:
        from narrator.audio.stereo import interleaved

        samples = interleaved(samples, channels)
    try:
        data: bytes = encoder.encode(samples.tobytes())
    except RuntimeError as error:
        raise _refused(frame_rate, bitrate_kbps, error) from None
    return data


def frame_starts(data: bytes) -> list[int]:
    """Where each MPEG frame starts in `data`, LAME's output from its first frame (the end
    of the last frame, if `data` holds whole frames, is past them)."""
    if len(data) < 4:
        return []
    return walk_frames(data, FrameHeader(data[:4]))[0]


def walk_frames(data: bytes, first: FrameHeader) -> tuple[list[int], int]:
    """Where each frame starts in `data`, a constant bit rate stream like `first` from a
    frame's start, while the frame's header is whole in it; and where the frame after them
    starts (at or past its end). From one frame to the next only the padding bit changes:
    two bytes and a half compared, each as it is, take half the time of any other way."""
    starts: list[int] = []
    sizes = (first.size(first.bitrate_index, False), first.size(first.bitrate_index, True))
    sync, kind, rest = first.word >> 24, first.word >> 16 & 0xFF, first.word >> 8 & 0xFD
    position = 0
    while position + 4 <= len(data):
        starts.append(position)
        third = data[position + 2]
        if data[position] == sync and data[position + 1] == kind and third & 0xFD == rest:
            position += sizes[third >> 1 & 1]
        else:
            position += FrameHeader(data[position : position + 4]).frame_bytes
    return starts, position


def silence_frames(frames: bytearray, starts: Iterable[int], header: FrameHeader) -> None:
    """Zero the side information of the frames at `starts` in `frames` (frames like
    `header`): each then decodes as silence, with no need of the data that LAME's bit
    reservoir put in the frames before it."""
    after = 4 if header.word >> 16 & 1 else 6  # the header and its CRC, if any
    width = header.side_info_bytes()
    for start in starts:
        frames[start + after : start + after + width] = bytes(width)


def lame_available() -> bool:
    """Whether LAME's library is installed (else libsndfile encodes MP3, at LAME's default
    quality)."""
    from narrator.audio.libmp3lame import library

    return library() is not None


class LameFile:
    """A mono MP3 file encoded by LAME as blocks of 16-bit samples come, its Info frame written
    on close. OSError (a full disk) is raised by the write that meets it."""

    def __init__(self, path: Path, frame_rate: int, bitrate_kbps: int, channels: int = 1) -> None:
        self.path = path
        self._rate, self._kbps, self._channels = frame_rate, bitrate_kbps, channels
        self._encoder = new_encoder(frame_rate, bitrate_kbps, channels)
        self._file = path.open("wb")
        self._samples = 0
        self._encoded_elsewhere = False
        """Whether the frames come ready (see `append_encoded`), not from this file's LAME."""
        self._held = b""
        """What LAME wrote before the first frame header was whole."""
        self._first: FrameHeader | None = None
        self._frames = 0
        self._skip = 0
        """Bytes of the current frame not yet written past."""
        self._partial = b""
        """The start of a frame header split between two of LAME's outputs."""
        self._written = 0
        self.frame_offsets = array("q")
        """Where each MPEG frame starts in the file (after the Info frame)."""

    def write(self, samples: NDArray[np.int16]) -> None:
        """Encode `samples` (mono, 16-bit) and append what LAME gives back."""
        self._samples += len(samples)
        self._append(encoded(self._encoder, samples, self._rate, self._kbps, self._channels))

    def append_encoded(self, frames: bytes, samples: int, starts: Sequence[int]) -> None:
        """Append whole MP3 frames encoded elsewhere (see narrator.audio.lame_parallel), which
        bring `samples` more samples, each frame starting at its place in `starts`; the file's
        LAME is then not flushed on close."""
        self._encoded_elsewhere = True
        self._samples += samples
        self._append(frames, starts)

    @property
    def header(self) -> FrameHeader:
        """The header of the stream's first frame (once LAME wrote one)."""
        if self._first is None:
            raise AudioOutputError("LAME wrote no MP3 frame; narrate again")
        return self._first

    def close(self) -> None:
        """Flush LAME and write the Info frame over the room kept for it at the start."""
        try:
            if not self._encoded_elsewhere:
                if not self._samples:
                    self._append(self._encoder.encode(b""))  # started, so that it can flush
                self._append(self._encoder.flush())
            if self._first is None:
                raise AudioOutputError("LAME wrote no MP3 frame; narrate again")
            info = self.info_frame(self._first, self._file.tell())
            self._file.seek(0)
            self._file.write(info)
        finally:
            self._file.close()

    def _append(self, data: bytes, starts: Sequence[int] | None = None) -> None:
        """Write `data`, LAME's output, noting where its frames start (at `starts` in it, whole
        frames known already, if given)."""
        if self._first is None:
            if self._held:
                starts = None  # the frames start further on
            self._held += data
            if len(self._held) < 4:
                return
            self._first = FrameHeader(self._held)
            room = self._first.size(self._first.info_index(), False)
            self._file.write(bytes(room))
            self._written = room
            data, self._held = self._held, b""
        if starts is not None and not self._skip and not self._partial:
            self.frame_offsets.extend(self._written + start for start in starts)
            self._frames += len(starts)
        else:
            self._count_frames(data)
        self._file.write(data)
        self._written += len(data)

    def _count_frames(self, data: bytes) -> None:
        """Walk the frame headers in `data`, which continues what was walked before, and note
        where each frame starts in the file."""
        position = 0
        while True:
            if self._skip >= len(data) - position:
                self._skip -= len(data) - position
                return
            position += self._skip
            needed = 4 - len(self._partial)
            head = self._partial + data[position : position + needed]
            if len(head) < 4:
                self._partial, self._skip = head, 0
                return
            self.frame_offsets.append(self._written + position - len(self._partial))
            self._frames += 1
            self._skip = FrameHeader(head).frame_bytes - 4
            position += needed
            self._partial = b""

    def info_frame(self, first: FrameHeader, total_bytes: int) -> bytes:
        """The Info frame: the stream's frame and byte counts, a seek table (the stream is of a
        constant bit rate, so it is linear), and LAME's delay and padding."""
        padding = self._frames * first.samples - ENCODER_DELAY - self._samples
        return info_frame(first, self._frames, total_bytes, ENCODER_DELAY, padding)


def info_frame(
    first: FrameHeader, frames: int, total_bytes: int, delay: int, padding: int
) -> bytes:
    """An Info frame for `frames` frames like `first` in `total_bytes` (itself included),
    whose decoders skip `delay` samples (and their own 529) at the start and `padding` at
    the end."""
    index = first.info_index()
    size = first.size(index, False)
    if not 0 <= padding < 4096 or not 0 <= delay < 4096:
        raise AudioOutputError(f"LAME padded the MP3 by {padding} samples; narrate again")
    word = (first.word & ~(0xF << 12) & ~(1 << 9)) | (index << 12)
    toc = bytes(min(255, 256 * (size + percent * (total_bytes - size) // 100) // total_bytes)
                for percent in range(100))  # fmt: skip
    tag = b"Info" + struct.pack(">III", 0x0F, frames, total_bytes) + toc
    tag += struct.pack(">I", 100 - QUALITY)
    lame = b"LAME3.100" + bytes([0x01, 0]) + bytes(8) + bytes([0, min(first.bitrate_kbps, 255)])
    lame += (delay << 12 | padding).to_bytes(3, "big") + bytes(4)
    lame += struct.pack(">IH", total_bytes, 0)
    body = word.to_bytes(4, "big") + bytes(first.side_info_bytes()) + tag + lame
    body += _crc16(body).to_bytes(2, "big")
    return body + bytes(size - len(body))
