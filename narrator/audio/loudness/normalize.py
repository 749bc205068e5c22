"""Reaching the target loudness: the processor that gets there, and the loop that checks it.

`normalizer` finds the gain (and, when peaks would pass the ceiling, the limiter) that brings
measured audio to a loudness. `encode_to_target` drives a narration's encoding with it: it
plans on the staged audio, encodes, then checks what was written (a lossy file decoded for
overshoots, the whole measured against the target) and encodes again, at most 4 times more.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from narrator.audio.codecs import FileFormat
from narrator.audio.loudness.limiter import Gain, Limiter, Lowering, Processor, processed
from narrator.audio.loudness.lossy import codec_change_db, overshoots
from narrator.audio.loudness.meter import LoudnessMeter, TruePeakEnvelope
from narrator.audio.manifest import LoudnessRecord
from narrator.models import NarrationConfig

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

_GAIN_TRIALS = 5
_TOLERANCE_LU = 0.1
_FIRST_SLOPE = 0.5
"""LU per dB of gain for the first step: limited speech gains 0.35 to 0.5 (1 unlimited)."""
_MAX_LIMITING_DB = 12.0
"""The most a limiter's gain goes over the plain gain, in dB (see `normalizer`)."""
_MIN_SLOPE = 0.05
"""Under a low ceiling, a dB more gain can add as little as 0.07 LU: the limiter takes the rest."""


def normalizer(
    measured: LoudnessMeter,
    target_lufs: float,
    ceiling_dbtp: float,
    measure: Callable[[Processor], float],
    true_peak: Callable[[], float] | None = None,
    first_gain_db: float | None = None,
    lowerings: Sequence[Lowering] = (),
) -> Processor:
    """The processor that brings audio `measured` as it is to `target_lufs` with true peaks
    under `ceiling_dbtp`: a plain gain when that gain keeps the peaks under, else a limiter.

    Limiting lowers the loudness a little, so `measure` (the loudness of the whole audio
    through a trial processor) is called to correct the gain, by secant steps, at most 5 times.
    `true_peak` measures the audio's true peak when `measured` did not; it is called only when
    the sample peak leaves the answer open. `first_gain_db` is the first limiter's gain to
    try, when an earlier run found one near; `lowerings` go to the limiter.

    The gain stays within 12 dB of the plain gain: past that, the limiter takes nearly all of
    it and the loudness barely moves, so a target out of reach is missed rather than chased
    into noise.
    """
    if measured.integrated_lufs == -math.inf:
        return Gain(1.0)
    plain_db = gain_db = target_lufs - measured.integrated_lufs
    if not lowerings and measured.sample_peak_dbtp + gain_db <= ceiling_dbtp:
        peak = true_peak() if true_peak is not None else measured.true_peak_dbtp
        if peak + gain_db <= ceiling_dbtp:
            return Gain(_linear(gain_db))
    if first_gain_db is not None:
        gain_db = first_gain_db
    tried: list[tuple[float, float]] = []
    for _ in range(_GAIN_TRIALS):
        limiter = Limiter(measured.rate, _linear(gain_db), ceiling_dbtp, lowerings)
        loudness = measure(limiter)
        if abs(loudness - target_lufs) <= _TOLERANCE_LU:
            # A new one: the trial's holds the audio it was measuring when it stopped.
            return Limiter(measured.rate, limiter.gain, ceiling_dbtp, lowerings)
        tried.append((gain_db, loudness))
        slope = _FIRST_SLOPE
        if len(tried) > 1:
            (gain_a, lufs_a), (gain_b, lufs_b) = tried[-2:]
            slope = min(1.0, max(_MIN_SLOPE, (lufs_b - lufs_a) / (gain_b - gain_a)))
        next_db = min(gain_db + (target_lufs - loudness) / slope, plain_db + _MAX_LIMITING_DB)
        if next_db == gain_db:
            break
        gain_db = next_db
    return Limiter(measured.rate, _linear(gain_db), ceiling_dbtp, lowerings)


def out_of_reach(measured: LoudnessMeter, target_lufs: float, processor: Processor) -> bool:
    """Whether `normalizer`, asked for `target_lufs`, stopped at the largest gain it gives: the
    limiter takes nearly all of it, and more gain would not reach the target."""
    most_db = target_lufs - measured.integrated_lufs + _MAX_LIMITING_DB
    return isinstance(processor, Limiter) and 20 * math.log10(processor.gain) >= most_db - 0.01


def _linear(decibels: float) -> float:
    return float(10 ** (decibels / 20))


class StagedAudio(Protocol):
    """A narration's audio as staged for encoding: measured once, read back at will."""

    @property
    def folder(self) -> Path:
        """Where a probe file may be written."""

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

_RETRIES = 4
_LOUDNESS_TOLERANCE_LU = 0.15
_CALIBRATION_S = 120.0


@dataclass(frozen=True)
class _LoudnessPlan:
    processor: Processor
    codec_change_db: float = 0.0
    """How much the lossy encoder changes the loudness (0 for WAV and FLAC)."""
    out_of_reach: bool = False
    """Whether the limiter takes so much of the gain that the target cannot be reached."""


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
    plan = _loudness_plan(staged, config, file_format)
    loudness = encode(plan.processor)
    lowerings: list[Lowering] = []
    correction_db, corrected = 0.0, False
    for _ in range(_RETRIES):
        found = _overshoots(whole_path, file_format, config, staged.frame_rate)
        miss_db = _loudness_miss_db(config, plan, loudness)
        correct = abs(miss_db) > _LOUDNESS_TOLERANCE_LU and not corrected and not plan.out_of_reach
        if not found and not correct:
            break
        # Where the encoder overshot, the next encoding is limited lower (on top of any
        # lowering there before). The gain was set on the first minutes: what the whole
        # measured instead corrects the aim, once.
        lowerings += found
        if correct:
            correction_db, corrected = -miss_db, True
        plan = _loudness_plan(
            staged, config, file_format, plan.codec_change_db, correction_db, plan, lowerings
        )
        loudness = encode(plan.processor)
    if loudness is not None:
        loudness += plan.codec_change_db
    return _loudness_record(config, staged.meter, plan, loudness)


def _loudness_plan(
    staged: StagedAudio,
    config: NarrationConfig,
    file_format: FileFormat,
    codec_change_db: float | None = None,
    correction_db: float = 0.0,
    earlier: _LoudnessPlan | None = None,
    lowerings: Sequence[Lowering] = (),
) -> _LoudnessPlan:
    """The processor that brings the narration to the configured loudness and under the peak
    ceiling less the format's margin. `codec_change_db` is the lossy encoder's change of
    loudness, when it has been measured already; `correction_db` is added to the loudness aimed
    at, after an encoding of the whole missed it; the `earlier` plan's gain is where the search
    starts, and `lowerings` limit lower where an encoding overshot."""
    target = config.loudness_lufs
    if target is None or staged.meter is None:
        return _LoudnessPlan(Gain(1.0))
    codec_change = codec_change_db
    if codec_change is None:
        codec_change = _codec_change_db(staged, file_format, config) if file_format.lossy else 0.0
    ceiling = config.max_true_peak_dbtp - file_format.peak_margin_db
    # A trial limiter is heard on the first minutes only: what it changes there, it changes
    # in the whole (one voice, one level), and a long narration is not read again each time.
    probe_lufs = _measure(staged, Gain(1.0), _CALIBRATION_S)
    whole_lufs = staged.meter.integrated_lufs

    def loudness_through(trial: Processor) -> float:
        return whole_lufs + _measure(staged, trial, _CALIBRATION_S) - probe_lufs

    aim = target - codec_change + correction_db
    processor = normalizer(
        staged.meter,
        aim,
        ceiling,
        loudness_through,
        lambda: _true_peak(staged),
        first_gain_db=_gain_db(earlier.processor) if earlier else None,
        lowerings=lowerings,
    )
    return _LoudnessPlan(processor, codec_change, out_of_reach(staged.meter, aim, processor))


def _loudness_miss_db(config: NarrationConfig, plan: _LoudnessPlan, encoded: float | None) -> float:
    """By how much the whole narration, as encoded, misses the configured loudness (0 when
    nothing was normalized)."""
    if config.loudness_lufs is None or encoded is None or not math.isfinite(encoded):
        return 0.0
    return encoded + plan.codec_change_db - config.loudness_lufs


def _overshoots(
    path: Path, file_format: FileFormat, config: NarrationConfig, rate: int
) -> list[Lowering]:
    """Where the decoded file passes the configured ceiling (none for lossless formats, or
    when nothing is limited)."""
    if not file_format.lossy or config.loudness_lufs is None:
        return []
    return overshoots(path, config.max_true_peak_dbtp, rate)


def _codec_change_db(
    staged: StagedAudio, file_format: FileFormat, config: NarrationConfig
) -> float:
    probe = staged.folder / f"probe.{file_format.extension}"
    return codec_change_db(
        staged.blocks(), staged.frame_rate, probe, file_format, config.bitrate_kbps
    )


def _true_peak(staged: StagedAudio) -> float:
    """The true peak of the staged audio as it is, in dBTP."""
    envelope, peak = TruePeakEnvelope(), 0.0
    for block in processed(staged.blocks(), Gain(1.0)):
        peak = max(peak, float(envelope.push(block).max(initial=0.0)))
    return 20 * math.log10(peak) if peak > 0 else -math.inf


def _measure(staged: StagedAudio, processor: Processor, limit_s: float) -> float:
    """The loudness of the first `limit_s` seconds of the staged audio through `processor`."""
    meter = LoudnessMeter(staged.frame_rate, true_peak=False)
    left = round(limit_s * staged.frame_rate)
    for block in processed(staged.blocks(), processor):
        meter.push(block[:left])
        left -= len(block)
        if left <= 0:
            break
    return meter.integrated_lufs


def _loudness_record(
    config: NarrationConfig,
    before: LoudnessMeter | None,
    plan: _LoudnessPlan,
    after: float | None,
) -> LoudnessRecord | None:
    """The loudness figures: `integrated_lufs` is measured on what was encoded, plus for MP3
    and Ogg the encoder's change measured on the first minute."""
    if config.loudness_lufs is None or before is None or after is None:
        return None
    return LoudnessRecord(
        target_lufs=config.loudness_lufs,
        max_true_peak_dbtp=config.max_true_peak_dbtp,
        spoken_lufs=_rounded(before.integrated_lufs),
        gain_db=round(_gain_db(plan.processor), 2),
        limited=isinstance(plan.processor, Limiter),
        codec_change_db=round(plan.codec_change_db, 2),
        integrated_lufs=_rounded(after),
    )


def _gain_db(processor: Processor) -> float:
    return 20 * math.log10(processor.gain)


def _rounded(value: float) -> float | None:
    return round(value, 2) if math.isfinite(value) else None
