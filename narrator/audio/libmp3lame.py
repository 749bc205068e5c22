"""LAME's own library (libmp3lame, Debian's `libmp3lame0`), called through ctypes.

Why not a binding package: the one on PyPI (lameenc) sets only the bit rate, the rates and
the quality, and the setting that matters most for speech here is another. LAME's psychoacoustic
model looks for the sudden attacks that short blocks serve; in speech at 64 kbit/s (3 bits a
sample) their pre-echo is far below the quantization noise, and the search costs a sixth of all
LAME does: with short blocks off, the seed's 4 minutes take 290 ms of CPU instead of 344, and
decode at the same signal-to-noise ratio (24.7 dB against 24.6, the worst 1% of 20 ms frames
12.6 dB against 12.3). ctypes lets go of the GIL for each call, so encoders on several threads
encode at once (see narrator.audio.lame_parallel).
"""

from __future__ import annotations

import ctypes
import functools

_NAMES = ("libmp3lame.so.0", "libmp3lame.0.dylib")
"""The library's file by its usual names (Linux, macOS): `ctypes.util.find_library` runs
`ldconfig`, a process of its own, and is asked only where these are not found."""
_MONO, _JOINT_STEREO = 3, 1


MP3_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)
"""The sample rates an MP3 frame can have: at any other, LAME would resample (and cue times
move), so it is refused here."""


class LameError(RuntimeError):
    """LAME refused its settings or failed to encode."""


@functools.cache
def library() -> ctypes.CDLL | None:
    """libmp3lame, loaded once; None where it is not installed."""
    lame = _loaded(*_NAMES) or _found()
    if lame is None:
        return None
    lame.lame_init.restype = ctypes.c_void_p
    for function in ("lame_encode_buffer", "lame_encode_buffer_interleaved"):
        getattr(lame, function).argtypes = [ctypes.c_void_p, *_BUFFER_ARGUMENTS[function]]
    lame.lame_encode_flush.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lame.lame_close.argtypes = [ctypes.c_void_p]
    return lame


def _loaded(*names: str | None) -> ctypes.CDLL | None:
    """The first of the libraries `names` that loads."""
    for name in names:
        if name is None:
            continue
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    return None


def _found() -> ctypes.CDLL | None:
    """The library where the system's own lookup finds it."""
    import ctypes.util

    return _loaded(ctypes.util.find_library("mp3lame"))


_BUFFER_ARGUMENTS = {
    "lame_encode_buffer": [
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
    ],
    "lame_encode_buffer_interleaved": [
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
    ],
}


class Encoder:
    """A constant bit rate LAME stream: `encode` 16-bit samples (interleaved, for stereo),
    then `flush`. No tag is written: narrator.audio.lame writes the Info frame."""

    def __init__(self, frame_rate: int, bitrate_kbps: int, channels: int, quality: int) -> None:
        if frame_rate not in MP3_RATES:
            raise LameError("not a sample rate of MP3")
        lame = library()
        if lame is None:
            raise LameError("libmp3lame is not installed")
        self._lame = lame
        self._channels = channels
        self._flags = ctypes.c_void_p(lame.lame_init())
        if not self._flags:
            raise LameError("LAME could not start")
        settings = (
            ("lame_set_num_channels", channels),
            ("lame_set_in_samplerate", frame_rate),
            ("lame_set_out_samplerate", frame_rate),
            ("lame_set_mode", _MONO if channels == 1 else _JOINT_STEREO),
            ("lame_set_brate", bitrate_kbps),
            ("lame_set_quality", quality),
            ("lame_set_no_short_blocks", 1),
            ("lame_set_bWriteVbrTag", 0),
            ("lame_set_write_id3tag_automatic", 0),
        )
        for setter, value in settings:
            getattr(lame, setter)(self._flags, value)
        if lame.lame_init_params(self._flags) < 0:
            self.close()
            raise LameError("unsupported settings")

    def encode(self, pcm: bytes) -> bytes:
        """The frames LAME gives for `pcm`, 16-bit native-order samples."""
        self._check_open()
        frames = len(pcm) // (2 * self._channels)
        out = ctypes.create_string_buffer(frames * 5 // 4 + 7200)
        if self._channels == 1:
            size = self._lame.lame_encode_buffer(self._flags, pcm, None, frames, out, len(out))
        else:
            size = self._lame.lame_encode_buffer_interleaved(
                self._flags, pcm, frames, out, len(out)
            )
        if size < 0:
            raise LameError(f"encoding failed ({size})")
        return ctypes.string_at(out, size)

    def flush(self) -> bytes:
        """The last frames, padded; the encoder is then closed."""
        self._check_open()
        out = ctypes.create_string_buffer(7200)
        size = self._lame.lame_encode_flush(self._flags, out, len(out))
        self.close()
        if size < 0:
            raise LameError(f"encoding failed ({size})")
        return ctypes.string_at(out, size)

    def close(self) -> None:
        """Free LAME's memory (done by `flush`; again is harmless)."""
        if getattr(self, "_flags", None):  # not set when the settings were refused first
            self._lame.lame_close(self._flags)
            self._flags = ctypes.c_void_p()

    def _check_open(self) -> None:
        if not self._flags:
            raise LameError("the encoder was flushed already")

    def __del__(self) -> None:
        self.close()
