"""LAME's library called through ctypes: real frames that decode to what was encoded, the
speech settings applied, and settings LAME refuses reported as a clear error."""

from __future__ import annotations

import io

import numpy as np
import pytest
import soundfile

from narrator.audio.lame import new_encoder
from narrator.audio.libmp3lame import Encoder, LameError, library
from narrator.errors import AudioOutputError

_RATE = 22050


def _tone(seconds: float) -> np.ndarray:
    times = np.arange(round(seconds * _RATE)) / _RATE
    return (8000 * np.sin(2 * np.pi * 440 * times)).astype(np.int16)


@pytest.mark.parametrize("channels", [1, 2])
def test_the_frames_decode_to_the_samples_encoded(channels: int) -> None:
    tone = _tone(2.0)
    pcm = np.repeat(tone, channels) if channels == 2 else tone
    encoder = Encoder(_RATE, 64, channels, 7)
    data = encoder.encode(pcm[:10_000].tobytes()) + encoder.encode(pcm[10_000:].tobytes())
    data += encoder.flush()
    decoded, rate = soundfile.read(io.BytesIO(data), dtype="int16", always_2d=True)
    assert rate == _RATE
    assert decoded.shape[1] == channels
    # Bare frames: the encoder's delay and the last frame's padding come on top.
    assert len(tone) <= len(decoded) <= len(tone) + 3 * 576 + 1152
    middle = decoded[5000:-5000].astype(float)
    level = np.sqrt(np.mean(middle**2))
    # The tone's level, within what a 64 kbit/s encoding changes (less than 1 dB).
    assert level == pytest.approx(8000 / np.sqrt(2), rel=0.1)


def test_short_blocks_are_off_and_no_tag_is_written() -> None:
    encoder = Encoder(_RATE, 64, 1, 7)
    lame = library()
    assert lame is not None
    assert lame.lame_get_no_short_blocks(encoder._flags) == 1
    assert lame.lame_get_bWriteVbrTag(encoder._flags) == 0
    data = encoder.encode(_tone(0.5).tobytes()) + encoder.flush()
    assert data[:2] == b"\xff\xf3"  # an MPEG-2 layer III frame first, no ID3 or Info frame


@pytest.mark.parametrize("rate", [7000, 96000])
def test_a_rate_mp3_has_not_is_a_clear_error_not_a_resampling(rate: int) -> None:
    with pytest.raises(AudioOutputError, match=rf"LAME cannot encode MP3 at {rate} Hz.*--format"):
        new_encoder(rate, 64)


def test_a_flushed_encoder_refuses_more_rather_than_crash() -> None:
    encoder = Encoder(_RATE, 64, 1, 7)
    encoder.encode(b"")
    assert encoder.flush()
    encoder.close()  # again: harmless
    with pytest.raises(LameError, match="flushed already"):
        encoder.encode(_tone(0.1).tobytes())
    with pytest.raises(LameError, match="flushed already"):
        encoder.flush()
