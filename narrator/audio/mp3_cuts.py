"""MP3s of LAME's read back and cut: a chunk file made of the whole narration's frames, behind an
Info tag whose delay and padding trim it to the chunk's samples, so nothing is encoded twice.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from narrator.audio.lame import (
    ENCODER_DELAY,
    READ_BYTES,
    TAG_BYTES,
    FrameHeader,
    info_frame,
    silence_frames,
    walk_frames,
)
from narrator.errors import AudioOutputError

_DECODER_DELAY = 529
"""Samples an MP3 decoder outputs before the first one encoded (and the encoder's delay)."""
_RESERVOIR_BYTES = 255
"""How far back (MPEG-2 and 2.5) a frame's data may start in the frames before it."""
_SETTLING_FRAMES = 3
"""Frames after those silenced that a decoder needs to give the whole's samples again: one
overlaps the silence, one has its filter bank's history from that one, the next is exact."""


_MOST_SILENCED = 2
"""Where the bit reservoir reaches back over three frames (22 kHz under 48 kbit/s, 16 kHz at
24, 24 kHz at 40), a piece cut behind three silenced frames decodes up to 0.004 (-47 dBFS) off
the whole in its first 200 samples; one frame more of lead-in makes it exact, but LAME's tag
has no room for that delay (12 bits, 4095 samples). Those bit rates are not cut."""


def silenced_frames(frame_rate: int, bitrate_kbps: int, channels: int = 1) -> int | None:
    """How many frames a piece cut from the middle of an MP3 starts with, silenced, so that
    the first decoded finds all its data; None where cutting cannot work (MPEG-1's frames are
    too long for the delay that LAME's tag can say, frames at low bit rates too small)."""
    if frame_rate >= 32000:
        return None
    side_information = 9 if channels == 1 else 17
    payload = 72 * bitrate_kbps * 1000 // frame_rate - 4 - side_information
    if payload <= 0:
        return None
    count = -(-_RESERVOIR_BYTES // payload)
    fits = (count + _SETTLING_FRAMES + 1) * 576 <= 4095
    return count if fits and count <= _MOST_SILENCED else None


class Mp3Frames(Protocol):
    """A closed mono MP3 of LAME's, read frame by frame."""

    @property
    def path(self) -> Path: ...

    @property
    def header(self) -> FrameHeader:
        """The header of its first audio frame."""

    @property
    def frame_offsets(self) -> Sequence[int]:
        """Where each audio frame starts in the file (after the Info frame)."""


@dataclass(frozen=True)
class Mp3File:
    """An MP3 written here (a LameFile), read back: its frames and the samples it holds."""

    path: Path
    header: FrameHeader
    frame_offsets: Sequence[int]
    samples: int
    """What it decodes to, as its Info tag says."""


def read_mp3(path: Path) -> Mp3File | None:
    """The MP3 `path` as LameFile wrote it, its frames found; None for any other file."""
    size = path.stat().st_size
    with path.open("rb") as source:
        head = source.read(4 + 32 + TAG_BYTES)
        try:
            info = FrameHeader(head[:4])
        except AudioOutputError:
            return None
        tag_at = 4 + info.side_info_bytes()
        lame_at = tag_at + 120
        if head[tag_at : tag_at + 4] != b"Info" or head[lame_at : lame_at + 4] != b"LAME":
            return None
        start = info.size(info.bitrate_index, False)
        source.seek(start)
        first = source.read(4)
        if len(first) < 4:
            return None
        offsets = _frame_offsets(source, start, size, FrameHeader(first))
    frames = int.from_bytes(head[tag_at + 8 : tag_at + 12], "big")
    if len(offsets) != frames:
        return None
    gapless = int.from_bytes(head[lame_at + 21 : lame_at + 24], "big")
    samples = frames * info.samples - (gapless >> 12) - (gapless & 0xFFF)
    return Mp3File(path, FrameHeader(first), offsets, samples)


def _frame_offsets(source: BinaryIO, start: int, size: int, first: FrameHeader) -> array[int]:
    """Where each frame starts in the file `source` of `size` bytes, from `start`, read a
    mebibyte at a time (a long narration is never held whole)."""
    offsets = array("q")
    position = start
    while position + 4 <= size:
        source.seek(position)
        starts, after = walk_frames(source.read(READ_BYTES), first)
        if not starts:
            break  # the file is shorter than it was
        offsets.extend(position + at for at in starts)
        position += after
    return offsets


def write_cut(whole: Mp3Frames, start: int, end: int, path: Path, silenced: int) -> None:
    """Samples `start` to `end` of the closed MP3 `whole` as an MP3 file of its own (see
    `cut`)."""
    data = cut(whole, start, end, silenced)
    with path.open("wb") as target:
        target.write(data)


def cut(whole: Mp3Frames, start: int, end: int, silenced: int) -> bytes:
    """Samples `start` to `end` of the closed MP3 `whole` as an MP3 of its own, made of the
    whole's frames (nothing is encoded again) behind an Info tag whose delay and padding trim
    it to exactly those samples. A piece from the middle starts with frames whose data lies
    partly before it: they are silenced (their side information zeroed), and the decoder is
    given enough frames after them to settle before the first sample kept. Decoded, the
    piece is the whole's samples there."""
    first = whole.header
    per_frame = first.samples
    needed = (start + ENCODER_DELAY + _DECODER_DELAY) // per_frame
    offset = max(0, needed - silenced - _SETTLING_FRAMES)
    last = (end - 1 + ENCODER_DELAY + _DECODER_DELAY) // per_frame + 1 if end > start else offset
    if last > len(whole.frame_offsets):
        raise AudioOutputError("the MP3 ended before its last chunk; narrate again")
    with whole.path.open("rb") as source:
        source.seek(whole.frame_offsets[offset])
        stop = whole.frame_offsets[last] if last < len(whole.frame_offsets) else None
        frames = bytearray(source.read(-1 if stop is None else stop - whole.frame_offsets[offset]))
    if offset > 0:
        starts = whole.frame_offsets[offset : min(offset + silenced, last)]
        silence_frames(frames, (at - whole.frame_offsets[offset] for at in starts), first)
    delay = start + ENCODER_DELAY - offset * per_frame
    padding = (last - offset) * per_frame - delay - (end - start)
    info_bytes = first.size(first.info_index(), False)
    info = info_frame(first, last - offset, info_bytes + len(frames), delay, padding)
    return info + bytes(frames)
