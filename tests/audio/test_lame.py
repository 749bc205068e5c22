"""MP3 through LAME's library: the Info tag LAME's front end would write, read by independent
readers (mpg123 through soundfile, mutagen), so decoders trim the file to exactly what was
encoded."""

from __future__ import annotations

from pathlib import Path

import mutagen
import numpy as np
import pytest
import soundfile
from mutagen.mp3 import MP3

from narrator.audio import codecs
from narrator.audio.codecs import FILE_FORMATS, EncodedFile

_FRAMES = 100_003
_CLICKS = (5000, 47_123, _FRAMES - 300)


def _clicks() -> np.ndarray:
    samples = np.zeros(_FRAMES, dtype=np.int16)
    samples[list(_CLICKS)] = 20000
    return samples


def _encoded(path: Path, rate: int, kbps: int, block: int = 7777) -> Path:
    samples = _clicks()
    with EncodedFile(path, FILE_FORMATS["mp3"], rate, kbps) as encoded:
        for start in range(0, len(samples), block):
            encoded.write(samples[start : start + block])
    return path


def _crc16_arc(data: bytes) -> int:
    """Bit by bit, unlike the table the encoder uses."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


@pytest.mark.parametrize(("rate", "kbps"), [(22050, 64), (44100, 128), (16000, 8), (8000, 8)])
def test_decoders_trim_the_mp3_to_the_samples_encoded(rate: int, kbps: int, tmp_path: Path) -> None:
    """MPEG-1, 2 and 2.5, and a bit rate whose frames are too small for the tag."""
    path = _encoded(tmp_path / "clicks.mp3", rate, kbps)
    decoded, decoded_rate = soundfile.read(path, dtype="float64")
    assert (len(decoded), decoded_rate) == (_FRAMES, rate)
    for click in _CLICKS:
        near = decoded[click - 200 : click + 200]
        assert int(np.argmax(np.abs(near))) - 200 == 0, click
    info = MP3(path).info
    assert info.length == pytest.approx(_FRAMES / rate, abs=0.5 / rate)
    assert info.encoder_info.startswith("LAME")
    assert round(info.bitrate / 1000) == kbps


def test_the_info_tag_counts_the_frames_and_carries_a_valid_crc(tmp_path: Path) -> None:
    path = _encoded(tmp_path / "clicks.mp3", 22050, 64)
    data = path.read_bytes()
    tag_at = 4 + 9  # MPEG-2 mono: the frame header, then the side information
    assert data[tag_at : tag_at + 4] == b"Info"
    frames = int.from_bytes(data[tag_at + 8 : tag_at + 12], "big")
    assert int.from_bytes(data[tag_at + 12 : tag_at + 16], "big") == len(data)
    lame_at = tag_at + 120
    assert data[lame_at : lame_at + 9] == b"LAME3.100"
    gapless = int.from_bytes(data[lame_at + 21 : lame_at + 24], "big")
    delay, padding = gapless >> 12, gapless & 0xFFF
    assert delay == 576
    assert frames * 576 == delay + _FRAMES + padding
    assert 529 <= padding < 576 + 529  # room for the decoder's delay, and no frame more
    crc_at = lame_at + 34
    assert int.from_bytes(data[crc_at : crc_at + 2], "big") == _crc16_arc(data[:crc_at])


def test_lame_runs_at_a_speech_quality_and_libsndfile_is_the_fallback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _encoded(tmp_path / "fast.mp3", 22050, 64)
    monkeypatch.setattr(codecs, "lame_available", lambda: False)
    fallback = _encoded(tmp_path / "fallback.mp3", 22050, 64)
    assert _lame_quality(fast) == 7
    assert _lame_quality(fallback) == 3  # libsndfile leaves LAME at its default
    for path in (fast, fallback):
        assert mutagen.File(path).info.encoder_settings == "-b 64"  # constant 64 kbit/s
    for path in (fast, fallback):
        assert len(soundfile.read(path)[0]) == _FRAMES


def _lame_quality(path: Path) -> int:
    """LAME's -q, as its tag records it."""
    data = path.read_bytes()
    scale = int.from_bytes(data[4 + 9 + 116 : 4 + 9 + 120], "big")
    return (100 - scale) % 10


def test_an_empty_chunk_is_an_mp3_that_decodes_to_nothing(tmp_path: Path) -> None:
    path = tmp_path / "empty.mp3"
    with EncodedFile(path, FILE_FORMATS["mp3"], 22050, 64):
        pass
    assert len(soundfile.read(path)[0]) == 0


def _speech_like(rate: int, seconds: float) -> np.ndarray:
    """Bursts of filtered noise at varying levels: frames that use LAME's bit reservoir."""
    rng = np.random.default_rng(7)
    noise = np.convolve(rng.normal(0, 0.2, round(rate * seconds)), np.ones(4) / 4, "same")
    bursts = np.repeat(rng.choice([0.0, 0.3, 1.0], size=int(seconds * 5) + 1), rate // 5)
    return np.clip(noise * bursts[: len(noise)] * 32767, -32768, 32767).astype(np.int16)


@pytest.mark.parametrize(("rate", "kbps"), [(22050, 64), (22050, 48), (16000, 32), (11025, 32)])
def test_a_piece_cut_from_the_mp3_decodes_to_its_samples_in_the_whole(
    rate: int, kbps: int, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Chunk files are cut from the whole's frames, not encoded again: each, decoded alone,
    is the whole's samples there (the start, the middle, the end), and no decoder complains
    about the data its first frames lack."""
    from narrator.audio.mp3_cuts import silenced_frames, write_cut

    samples = _speech_like(rate, 12.0)
    whole_path = tmp_path / "whole.mp3"
    with EncodedFile(whole_path, FILE_FORMATS["mp3"], rate, kbps) as encoded:
        for start in range(0, len(samples), 7777):
            encoded.write(samples[start : start + 7777])
    assert encoded.lame is not None
    silenced = silenced_frames(rate, kbps)
    assert silenced is not None
    whole, _ = soundfile.read(whole_path, dtype="float64")
    capfd.readouterr()
    for start, end in [(0, 5000), (5000, 40_001), (77_777, 77_778), (50_000, len(samples))]:
        piece = tmp_path / f"{start}.mp3"
        write_cut(encoded.lame, start, end, piece, silenced)
        decoded, _ = soundfile.read(piece, dtype="float64")
        assert len(decoded) == end - start
        assert np.abs(decoded - whole[start:end]).max() < 1e-6
        assert MP3(piece).info.length == pytest.approx((end - start) / rate, abs=0.5 / rate)
    assert capfd.readouterr().err == ""


def test_mpeg_1_and_tiny_frames_are_not_cut() -> None:
    from narrator.audio.mp3_cuts import silenced_frames

    assert silenced_frames(44100, 128) is None
    assert silenced_frames(16000, 8) is None
    assert silenced_frames(22050, 64) == 2
    assert silenced_frames(22050, 48) == 2


@pytest.mark.parametrize(("rate", "kbps"), [(22050, 32), (22050, 40), (16000, 24), (24000, 40)])
def test_bit_rates_whose_reservoir_reaches_back_three_frames_are_not_cut(
    rate: int, kbps: int
) -> None:
    """Cut behind three silenced frames, a piece decoded 0.004 off the whole in its first
    samples; the lead-in that makes it exact does not fit LAME's tag: each chunk file is
    encoded on its own instead."""
    from narrator.audio.mp3_cuts import silenced_frames

    assert silenced_frames(rate, kbps) is None
