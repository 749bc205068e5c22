"""A WAV or MP3 narration's ID3v2.3 tag and chapters, written without mutagen.

mutagen's ID3 and WAVE (or MP3) modules cost 8-10 ms of CPU to import and 2.5-4 ms to write a
narration's tag, in every save (in a batch, the writing once per article), the writing once the
last chunk is written, when it is all that is left to do. The tag is a few text frames, two
comments and a chapter for each section: this writes the same bytes mutagen writes for them
(`WAVE(path)` or `MP3(path)`, then `save(v2_version=3)`, with frames added as
narrator.audio.tags adds them; the tests hold the two to each other): in a WAV, an `id3 ` chunk
at the end of the file; in an MP3, before its first frame.
"""

from __future__ import annotations

import os
import re
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_FIRST = ("TIT2", "TPE1", "TRCK", "TALB", "TPOS", "TDRC", "TCON")
"""The frames mutagen writes first, in this order; the rest after them (see `_ordered`)."""
_UTF16 = 1
"""The text encoding byte of UTF-16 with a byte order mark."""
_NO_OFFSET = 0xFFFFFFFF
"""A chapter's byte offsets when it is placed by time only."""
_PADDING = 1024
"""The zeros mutagen leaves after a new tag, plus a thousandth of what follows it in the file
(nothing, in a WAV's `id3 ` chunk; the audio, in an MP3)."""
_MOVED_BYTES = 1 << 20
"""An MP3's audio is moved this much at a time to make room for its tag."""
_TIMESTAMP_PARTS = re.compile(r"[-T:/.]|\s+")
_TIMESTAMP_FORMATS = ("%04d", "%02d", "%02d", "%02d", "%02d", "%02d")


@dataclass(frozen=True)
class Frame:
    """A frame: its ID, its data, and the key mutagen tells frames of one ID apart by."""

    frame_id: str
    data: bytes
    key: str

    def encoded(self) -> bytes:
        """The frame with its ID3v2.3 header (a plain 32-bit size, no flags)."""
        return struct.pack(">4sIH", self.frame_id.encode("ascii"), len(self.data), 0) + self.data


def text_frame(frame_id: str, text: str) -> list[Frame]:
    """A text frame (none for an empty text, as mutagen writes none)."""
    if not text:
        return []
    return [Frame(frame_id, bytes([_UTF16]) + text.encode("utf-16") + b"\x00\x00", frame_id)]


def comment_frame(text: str, description: str = "", language: str = "eng") -> list[Frame]:
    """A COMM frame (none for an empty text)."""
    if not text:
        return []
    data = b"".join(
        (
            bytes([_UTF16]),
            language.encode("latin-1"),
            description.encode("utf-16") + b"\x00\x00",
            text.encode("utf-16") + b"\x00\x00",
        )
    )
    return [Frame("COMM", data, f"COMM:{description}:{language}")]


def date_frame(date: str) -> list[Frame]:
    """A TDRC frame of `date` read as mutagen reads a timestamp (its parts up to the first that
    is not a number; none when the year is not), as mutagen writes it into an ID3v2.3 tag."""
    parts = [_number(part) for part in _TIMESTAMP_PARTS.split(date + ":::::")[:6]]
    pieces = []
    for part, form, separator in zip(parts, _TIMESTAMP_FORMATS, "--T::x", strict=True):
        if part is None:
            break
        pieces.append(form % part + separator)
    return text_frame("TDRC", "".join(pieces)[:-1])


def chapter_frame(element_id: str, start_ms: int, end_ms: int, title: str) -> Frame:
    """A CHAP frame placed by time, titled by a TIT2 sub-frame."""
    head = element_id.encode("latin-1") + b"\x00"
    times = struct.pack(">IIII", start_ms, end_ms, _NO_OFFSET, _NO_OFFSET)
    return Frame("CHAP", head + times + _joined(text_frame("TIT2", title)), f"CHAP:{element_id}")


def toc_frame(element_id: str, flags: int, children: Sequence[str], title: str = "") -> Frame:
    """A CTOC frame listing `children` (at most 255), with a TIT2 sub-frame when titled."""
    head = element_id.encode("latin-1") + b"\x00" + bytes([flags, len(children)])
    listed = b"".join(child.encode("latin-1") + b"\x00" for child in children)
    return Frame("CTOC", head + listed + _joined(text_frame("TIT2", title)), f"CTOC:{element_id}")


def append_id3_chunk(path: Path, frames: Sequence[Frame]) -> None:
    """Add the ID3v2.3 tag of `frames` to the WAV file `path`, in an `id3 ` chunk after its
    others, and count it in the RIFF size."""
    tag = _tag(frames, 0)
    chunk = b"id3 " + struct.pack("<I", len(tag)) + tag + bytes(len(tag) % 2)
    with open(path, "r+b") as wav:
        riff = wav.read(12)
        if riff[:4] != b"RIFF" or riff[8:12] != b"WAVE":
            raise ValueError(f"'{path}' is not a RIFF WAVE file")
        end = 8 + struct.unpack("<I", riff[4:8])[0]
        wav.seek(end)
        wav.write(chunk)
        wav.truncate()
        wav.seek(4)
        wav.write(struct.pack("<I", end - 8 + len(chunk)))


def prepend_id3_tag(path: Path, frames: Sequence[Frame]) -> None:
    """Put the ID3v2.3 tag of `frames` at the start of the MP3 file `path` (which has none),
    its audio moved after it a block at a time, from the end (as mutagen does, in place)."""
    with open(path, "r+b") as mp3:
        descriptor = mp3.fileno()
        size = os.fstat(descriptor).st_size
        if os.pread(descriptor, 3, 0) == b"ID3":
            raise ValueError(f"'{path}' has an ID3 tag already")
        tag = _tag(frames, size)
        end = size
        while end > 0:
            start = max(0, end - _MOVED_BYTES)
            os.pwrite(descriptor, os.pread(descriptor, end - start, start), start + len(tag))
            end = start
        os.pwrite(descriptor, tag, 0)


def _tag(frames: Sequence[Frame], following: int) -> bytes:
    """The tag: its header, the frames, then mutagen's padding for `following` bytes after."""
    body = _joined(frames)
    padding = _PADDING + following // 1000
    size = len(body) + padding
    header = b"ID3" + bytes([3, 0, 0]) + bytes((size >> shift) & 0x7F for shift in (21, 14, 7, 0))
    return header + body + bytes(padding)


def _joined(frames: Sequence[Frame]) -> bytes:
    return b"".join(frame.encoded() for frame in _ordered(frames))


def _ordered(frames: Sequence[Frame]) -> list[Frame]:
    """In mutagen's order: the frames of `_FIRST` first, then by size, then by key."""

    def priority(frame: Frame) -> int:
        return _FIRST.index(frame.frame_id) if frame.frame_id in _FIRST else len(_FIRST)

    return sorted(frames, key=lambda f: (priority(f), len(f.data) + 10, f.key))


def _number(part: str) -> int | None:
    try:
        return int(part)
    except ValueError:
        return None
