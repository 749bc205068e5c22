"""The decoded check of an MP3 whose encoded audio is known: only the 20 s parts that come near
the ceiling are decoded, and they find every place the whole file's check finds; the loudness
is the encoded audio's, changed as much as LAME changed one part's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from narrator.audio.lame_parallel import ParallelLame, segments
from narrator.audio.loudness import LoudnessMeter, Peaks, StepLevels, lossy
from narrator.audio.loudness.plan import Level
from narrator.audio.mp3_cuts import silenced_frames

_RATE = 22050


class _InMemory:
    """Audio held whole, measured by 100 ms steps as the staging measures it."""

    frame_rate = _RATE

    def __init__(self, samples: np.ndarray) -> None:
        self.samples = samples
        meter = LoudnessMeter(_RATE)
        meter.push(samples)
        self._levels = meter.levels()

    def levels(self) -> StepLevels:
        return self._levels

    def blocks(self) -> Iterator[np.ndarray]:
        yield self.samples

    def read(self, start: int, end: int) -> np.ndarray:
        return self.samples[start:end]


def _bursts(seconds: float, loud: list[tuple[float, float]]) -> np.ndarray:
    """Filtered noise, quieter (peaks near -12 dBFS) but for the `loud` spans (in seconds),
    whose peaks reach 0 dBFS; a pause of digital silence every 5 s."""
    rng = np.random.default_rng(7)
    noise = np.convolve(rng.normal(0, 1.0, round(_RATE * seconds)), np.ones(4) / 4, "same")
    noise /= np.abs(noise).max()
    samples = noise * 0.25
    for start, end in loud:
        samples[round(start * _RATE) : round(end * _RATE)] *= 4
    for at in range(5, int(seconds), 5):
        samples[at * _RATE : at * _RATE + _RATE // 2] = 0.0
    return np.round(samples * 32767) / 32768


def _mp3(path: Path, samples: np.ndarray) -> None:
    silenced = silenced_frames(_RATE, 64)
    assert silenced is not None
    pauses = [(at * _RATE, at * _RATE + _RATE // 2) for at in range(5, len(samples) // _RATE, 5)]
    plan = segments(pauses, len(samples), _RATE, silenced)
    pcm = np.clip(np.round(samples * 32768), -32768, 32767).astype(np.int16)
    with ParallelLame(path, _RATE, 64, plan, silenced) as whole:
        whole.write(pcm)


def _parts_checked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    checked: list[tuple[int, int]] = []
    check_part = lossy.check_part

    def counted(mp3: object, span: tuple[int, int], *args: object) -> object:
        checked.append(span)
        return check_part(mp3, span, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(lossy, "check_part", counted)
    return checked


def test_only_the_parts_near_the_ceiling_are_decoded_and_they_find_every_overshoot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loud only from 45 s to 55 s of 100 s: two of five parts are decoded; under a ceiling
    that the loud peaks pass, the places are those of the whole file's check."""
    audio = _InMemory(_bursts(100.0, [(45.0, 55.0)]))
    path = tmp_path / "loud-middle.mp3"
    _mp3(path, audio.samples)
    level = Level(0.0, Peaks.none(), audio.levels().integrated_lufs())
    checked = _parts_checked(monkeypatch)
    for ceiling_dbtp in (-1.0, -3.0):
        ceiling = 10 ** ((ceiling_dbtp - lossy._CHECK_MARGIN_DB) / 20)
        whole = lossy._check_whole(path, ceiling, _RATE)
        checked.clear()
        screened = lossy.check_decoded(path, ceiling_dbtp, _RATE, lossy.Encoded(audio, level))
        assert checked == [(400, 600)]
        assert len(screened.lowerings) == len(whole.lowerings) >= (ceiling_dbtp < -1.0)
        for mine, theirs in zip(screened.lowerings, whole.lowerings, strict=True):
            assert (mine.start, mine.end) == (theirs.start, theirs.end)
            assert mine.by_db == pytest.approx(theirs.by_db, abs=1e-4)
        assert screened.integrated_lufs == pytest.approx(whole.integrated_lufs, abs=0.05)


def test_a_quiet_mp3_is_decoded_in_one_part_for_its_loudness(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing comes near the ceiling: one part is decoded, and the loudness found from the
    change in it is the whole file's within 0.05 LU."""
    audio = _InMemory(_bursts(70.0, []))
    path = tmp_path / "quiet.mp3"
    _mp3(path, audio.samples)
    level = Level(0.0, Peaks.none(), audio.levels().integrated_lufs())
    checked = _parts_checked(monkeypatch)
    screened = lossy.check_decoded(path, -1.0, _RATE, lossy.Encoded(audio, level))
    whole = lossy._check_whole(path, 10 ** ((-1.0 - lossy._CHECK_MARGIN_DB) / 20), _RATE)
    assert len(checked) == 1
    assert screened.lowerings == whole.lowerings == []
    assert screened.integrated_lufs == pytest.approx(whole.integrated_lufs, abs=0.05)


def test_an_ogg_is_measured_in_20_s_for_its_loudness_and_checked_whole(tmp_path: Path) -> None:
    """An Ogg cannot be cut: decoded whole, it finds the same places; its loudness, from the
    change Vorbis made in 20 s of the middle, is the whole file's within 0.05 LU."""
    from narrator.audio.codecs import FILE_FORMATS, EncodedFile

    audio = _InMemory(_bursts(70.0, [(20.0, 30.0), (50.0, 55.0)]))
    path = tmp_path / "speech.ogg"
    pcm = np.clip(np.round(audio.samples * 32768), -32768, 32767).astype(np.int16)
    with EncodedFile(path, FILE_FORMATS["ogg"], _RATE, 64) as encoded:
        encoded.write(pcm)
    level = Level(0.0, Peaks.none(), audio.levels().integrated_lufs())
    whole = lossy.check_decoded(path, -3.0, _RATE)
    screened = lossy.check_decoded(path, -3.0, _RATE, lossy.Encoded(audio, level))
    assert screened.lowerings == whole.lowerings != []
    assert screened.integrated_lufs == pytest.approx(whole.integrated_lufs, abs=0.05)


def test_the_encoded_parts_energies_taken_a_block_at_a_time_are_those_of_the_part_at_once() -> None:
    """The check measures the part as it was encoded (gain, limiting, 16 bits) `BLOCK_FRAMES`
    at a time: each block is limited where it lies, and the steps straddling two blocks are
    measured whole."""
    from narrator.audio.codecs import to_pcm16
    from narrator.audio.loudness.limiter import Limiter
    from narrator.audio.loudness.meter import BLOCK_FRAMES

    audio = _InMemory(_bursts(50.0, [(3.0, 9.0), (21.5, 24.0), (33.0, 47.0)]))
    gain = 10 ** (3 / 20)
    places = np.arange(3 * _RATE, 47 * _RATE, 4001)
    peaks = Peaks(places, np.full(len(places), 1.5), gain)
    level = Level(3.0, peaks, -19.0)
    span = (7, 437)  # 43 s, from a step within the first block: several blocks, unaligned
    start, end = span[0] * _RATE // 10, span[1] * _RATE // 10
    assert end - start > 10 * BLOCK_FRAMES // 2
    limited = Limiter(_RATE, gain, peaks).at(start, audio.read(start, end))
    meter = LoudnessMeter(_RATE)
    meter.push(to_pcm16(limited) / 32768)
    at_once = meter.levels().energies[: span[1] - span[0]]
    in_blocks = lossy._encoded_energies(lossy.Encoded(audio, level), _RATE, span)
    assert len(in_blocks) == span[1] - span[0]
    # The same steps to the last bits (BLAS sums a transform's rows a few at a time).
    assert np.allclose(in_blocks, at_once, rtol=1e-12, atol=0.0)
