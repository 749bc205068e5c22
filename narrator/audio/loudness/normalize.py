"""Reaching the target loudness in one pass over the staged audio, two when it must.

The staged audio was measured as it was staged, so the gain is known before anything is
written: `processor_for` gives a plain gain when no true peak can pass the ceiling, else the
limiter, which works only where a peak would pass. `encode_to_target` writes with it, measures
what was written (decoding a lossy file once), and writes again only when the result misses the
target, or a lossy encoder overshot the ceiling: at most 4 times more.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from narrator.audio.codecs import FileFormat
from narrator.audio.loudness.limiter import Gain, Limiter, Lowering, Processor, processed
from narrator.audio.loudness.lossy import check_decoded
from narrator.audio.loudness.meter import LoudnessMeter
from narrator.audio.manifest import LoudnessRecord
from narrator.models import NarrationConfig

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

_MAX_LIMITING_DB = 12.0
"""The most the gain goes over the plain gain, in dB: past that, the limiter takes nearly all
of it and the loudness barely moves, so a target out of reach is missed, not chased into noise."""
_FIRST_SLOPE = 0.8
"""LU per dB of gain for the first correction: limiting takes a little of each dB."""
_MIN_SLOPE = 0.05
"""Under a low ceiling, a dB more gain can add as little as 0.07 LU: the limiter takes the rest."""
_RETRIES = 4
_TOLERANCE_LU = 0.1
_LOSSY_TOLERANCE_LU = 0.15
"""A lossy file is encoded again only past this: each encoding costs more than a WAV's."""
_OVERSAMPLED_BOUND_DB = 7.5
"""How far a true peak can pass the sample peak around it, at most (see SparseTruePeak)."""


def processor_for(
    measured: LoudnessMeter,
    gain_db: float,
    ceiling_dbtp: float,
    lowerings: Sequence[Lowering] = (),
) -> Processor:
    """`gain_db` as a plain gain when no true peak of the audio `measured` can then pass
    `ceiling_dbtp`, else as a limiter (which passes the samples unchanged but for the gain
    wherever no peak would pass)."""
    gained_peak = measured.sample_peak_dbtp + gain_db + _OVERSAMPLED_BOUND_DB
    if not lowerings and gained_peak <= ceiling_dbtp:
        return Gain(_linear(gain_db))
    return Limiter(measured.rate, _linear(gain_db), ceiling_dbtp, lowerings)


def _linear(decibels: float) -> float:
    return float(10 ** (decibels / 20))


class StagedAudio(Protocol):
    """A narration's audio as staged for encoding: measured once, read back at will."""

    @property
    def frame_rate(self) -> int: ...

    @property
    def meter(self) -> LoudnessMeter | None:
        """The loudness of the whole, measured as it was staged (None when loudness is off)."""

    def blocks(self) -> Iterator[NDArray[np.float64]]:
        """The staged audio, in order, in blocks."""


Encode = Callable[[Processor], float | None]
"""Encodes the staged audio through a processor; returns the loudness written (None when
loudness is off)."""


@dataclass
class _Attempt:
    """One encoding of the whole: its gain, what it measured, and whether it limited."""

    gain_db: float
    encoded_lufs: float
    result_lufs: float
    """After decoding, for a lossy file; the same as `encoded_lufs` otherwise."""
    limited: bool


def encode_to_target(
    staged: StagedAudio,
    encode: Encode,
    whole_path: Path,
    file_format: FileFormat,
    config: NarrationConfig,
) -> LoudnessRecord | None:
    """Encode the staged audio (through `encode`, which writes `whole_path` among others) at
    the configured loudness and under its peak ceiling; the loudness record (None when
    loudness is off)."""
    target, measured = config.loudness_lufs, staged.meter
    if target is None or measured is None:
        encode(Gain(1.0))
        return None
    if measured.integrated_lufs == -math.inf:
        encode(Gain(1.0))
        return _record(config, measured, None)
    ceiling = config.max_true_peak_dbtp - file_format.peak_margin_db
    plain_db = target - measured.integrated_lufs
    gain_db = plain_db - file_format.loudness_change_db
    tolerance = _LOSSY_TOLERANCE_LU if file_format.lossy else _TOLERANCE_LU
    lowerings: list[Lowering] = []
    attempts: list[_Attempt] = []
    for _ in range(_RETRIES + 1):
        processor = processor_for(measured, gain_db, ceiling, lowerings)
        if file_format.lossy and isinstance(processor, Limiter):
            processor = _settled(staged, processor, target - file_format.loudness_change_db)
            gain_db = 20 * math.log10(processor.gain)
        encoded = encode(processor)
        assert encoded is not None
        found: list[Lowering] = []
        result = encoded
        if file_format.lossy:
            decoded = check_decoded(whole_path, config.max_true_peak_dbtp, staged.frame_rate)
            found, result = decoded.lowerings, decoded.integrated_lufs
        attempts.append(_Attempt(gain_db, encoded, result, processor.limited))
        at_most = gain_db >= plain_db + _MAX_LIMITING_DB - 0.01
        missed = abs(result - target) > tolerance and not (at_most and result < target)
        if not found and not missed:
            break
        # Where the encoder overshot, the next encoding is limited lower (on top of any
        # lowering there before); a miss corrects the gain.
        lowerings += found
        if missed:
            gain_db = _next_gain_db(attempts, target, plain_db)
    return _record(config, measured, attempts[-1])


def _settled(staged: StagedAudio, limiter: Limiter, aim: float) -> Limiter:
    """A limiter whose output reaches `aim`, found by passes that only measure: a lossy
    encoding costs more than they do."""
    measured = staged.meter
    assert measured is not None
    plain_db = aim - measured.integrated_lufs
    attempts: list[_Attempt] = []
    gain_db = 20 * math.log10(limiter.gain)
    for _ in range(_RETRIES):
        meter = LoudnessMeter(staged.frame_rate, true_peak=False)
        for block in processed(staged.blocks(), limiter):
            meter.push(block)
        lufs = meter.integrated_lufs
        attempts.append(_Attempt(gain_db, lufs, lufs, limiter.limited))
        if abs(lufs - aim) <= _TOLERANCE_LU or gain_db >= plain_db + _MAX_LIMITING_DB - 0.01:
            break
        gain_db = _next_gain_db(attempts, aim, plain_db)
        limiter = limiter.with_gain(_linear(gain_db))
    return limiter.with_gain(limiter.gain)


def _next_gain_db(attempts: list[_Attempt], target: float, plain_db: float) -> float:
    """The gain that should reach `target`, by a secant step from the last two attempts."""
    last = attempts[-1]
    slope = _FIRST_SLOPE if last.limited else 1.0
    if len(attempts) > 1 and attempts[-2].gain_db != last.gain_db:
        before = attempts[-2]
        change = (last.result_lufs - before.result_lufs) / (last.gain_db - before.gain_db)
        slope = min(1.0, max(_MIN_SLOPE, change))
    return min(last.gain_db + (target - last.result_lufs) / slope, plain_db + _MAX_LIMITING_DB)


def _record(
    config: NarrationConfig, before: LoudnessMeter, attempt: _Attempt | None
) -> LoudnessRecord:
    """The loudness figures: `integrated_lufs` is measured on what was written (decoded, for
    MP3 and Ogg, whose encoder's change is the difference)."""
    assert config.loudness_lufs is not None
    return LoudnessRecord(
        target_lufs=config.loudness_lufs,
        max_true_peak_dbtp=config.max_true_peak_dbtp,
        spoken_lufs=_rounded(before.integrated_lufs),
        gain_db=round(attempt.gain_db, 2) if attempt else 0.0,
        limited=attempt.limited if attempt else False,
        codec_change_db=round(attempt.result_lufs - attempt.encoded_lufs, 2) if attempt else 0.0,
        integrated_lufs=_rounded(attempt.result_lufs) if attempt else None,
    )


def _rounded(value: float) -> float | None:
    return round(value, 2) if math.isfinite(value) else None
