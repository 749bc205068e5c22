"""Reaching the target loudness with one encoding, two when a lossy encoder overshoots.

The staged audio was measured as it was staged, so the gain and the few places to limit are
found before anything is written (see `narrator.audio.loudness.plan`), and so is the loudness
of the result: a WAV or FLAC is encoded once and not measured again. An MP3 or Ogg file is
decoded once and checked: where its encoder overshot the ceiling, or when it changed the
loudness more than expected, it is encoded again (at most 4 times more; a file still over the
ceiling then is kept, with a NarratorWarning that says so).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from narrator.audio.codecs import FileFormat
from narrator.audio.loudness.limiter import Gain, Lowering, Processor
from narrator.audio.loudness.plan import (
    MAX_LIMITING_DB,
    TOLERANCE_LU,
    Level,
    StagedAudio,
    level_for,
)
from narrator.audio.manifest import LoudnessRecord
from narrator.models import NarrationConfig

if TYPE_CHECKING:
    from narrator.audio.loudness.lossy import Decoded, Encoded

_RETRIES = 4
_LOSSY_TOLERANCE_LU = 0.15
"""A lossy file is encoded again only past this: each encoding costs more than a WAV's."""

_LOSSY_HEADROOM_DB = 1.0

WRITTEN_TOLERANCE_LU = 0.2
"""A WAV written as its chunks came, at the gain its first half-minute asked for (see
narrator.audio.leveled_ahead), stands when the whole is this close to the aim; otherwise it is
written again at the gain found for the whole. Wider than `TOLERANCE_LU`, which only says when
the search for a gain stops: a fifth of a LU is well within what a listener or a podcast
platform tells apart (the tests hold files to half a LU), and writing again costs as much as
writing did."""

Encode = Callable[[Processor], None]
"""Encodes the staged audio through a processor."""


@dataclass
class _Attempt:
    """One encoding of the whole: its gain, its loudness before encoding and once decoded."""

    level: Level
    result_lufs: float
    """After decoding, for a lossy file; the level's loudness otherwise."""


def aim_and_ceiling(
    target_lufs: float, file_format: FileFormat, config: NarrationConfig
) -> tuple[float, float]:
    """The loudness aimed at before encoding into `file_format` for `target_lufs`, and the
    true-peak ceiling, in dBTP."""
    aim = target_lufs - file_format.loudness_change_db
    return aim, config.max_true_peak_dbtp - file_format.peak_margin_db


def encode_to_target(
    staged: StagedAudio,
    encode: Encode,
    whole_path: Path,
    file_format: FileFormat,
    config: NarrationConfig,
    written: Level | None = None,
) -> LoudnessRecord | None:
    """Encode the staged audio (through `encode`, which writes `whole_path` among others) at
    the configured loudness and under its peak ceiling; the loudness record (None when
    loudness is off). `written`: the level a WAV was already written at (see
    narrator.audio.leveled_ahead), kept when it is within `WRITTEN_TOLERANCE_LU` of the aim."""
    target, measured = config.loudness_lufs, staged.levels()
    if target is None or measured is None:
        encode(Gain(1.0))
        return None
    spoken_lufs = measured.integrated_lufs()
    if spoken_lufs == -math.inf:
        encode(Gain(1.0))
        return _record(config, spoken_lufs, None)
    aim, ceiling = aim_and_ceiling(target, file_format, config)
    if written is not None and abs(written.lufs - aim) <= WRITTEN_TOLERANCE_LU:
        return _record(config, spoken_lufs, _Attempt(written, written.lufs))
    plain_db = target - spoken_lufs
    tolerance = _LOSSY_TOLERANCE_LU if file_format.lossy else TOLERANCE_LU
    lowerings: list[Lowering] = []
    # A lossy format's lower ceiling makes the limiter take more loudness: its gain is
    # usually raised once, within the peaks searched for from the start.
    headroom_db = _LOSSY_HEADROOM_DB if file_format.lossy else 0.0
    level = level_for(staged, aim, ceiling, headroom_db=headroom_db)
    attempt = _Attempt(level, level.lufs)
    for encoding in range(_RETRIES + 1):
        encode(level.processor(staged.frame_rate))
        attempt = _Attempt(level, level.lufs)
        if not file_format.lossy:
            break
        from narrator.audio.loudness.lossy import Encoded

        encoded = Encoded(staged, level)
        decoded = check_decoded(whole_path, config.max_true_peak_dbtp, staged.frame_rate, encoded)
        attempt = _Attempt(level, decoded.integrated_lufs)
        at_most = level.gain_db >= plain_db + MAX_LIMITING_DB - 0.01
        result = decoded.integrated_lufs
        missed = abs(result - target) > tolerance and not (at_most and result < target)
        if not decoded.lowerings and not missed:
            break
        if encoding == _RETRIES:
            warn_over_ceiling(whole_path, decoded, config.max_true_peak_dbtp)
            break
        # Where the encoder overshot, the next encoding is limited lower (on top of any
        # lowering there before); a miss aims off by what this encoder changed.
        lowerings += decoded.lowerings
        if missed:
            aim = target - (result - level.lufs)
        level = level_for(staged, aim, ceiling, lowerings, level.gain_db)
    return _record(config, spoken_lufs, attempt)


def warn_over_ceiling(path: Path, decoded: Decoded, ceiling_dbtp: float) -> None:
    """Say (a NarratorWarning) that the file at `path`, encoded as often as it may be, still
    decodes over the peak ceiling where `decoded` found it; nothing when it does not."""
    import warnings

    from narrator.errors import NarratorWarning

    if not decoded.lowerings:
        return
    warnings.warn(
        f"'{path.name}' still peaks at about {decoded.peak_dbtp(ceiling_dbtp):.2f} dBTP, over "
        f"the {ceiling_dbtp:g} dBTP ceiling, in {len(decoded.lowerings)} place(s) after "
        f"{_RETRIES + 1} encodings: its encoder overshoots the limited audio there "
        "(saved as WAV, it stays under)",
        NarratorWarning,
        stacklevel=2,
    )


def check_decoded(
    path: Path, ceiling_dbtp: float, rate: int, encoded: Encoded | None = None
) -> Decoded:
    """`narrator.audio.loudness.lossy.check_decoded`, imported when an MP3 or Ogg is first
    checked: a WAV never needs it, nor the MP3 and Ogg parts it reads (3.5 ms of imports)."""
    from narrator.audio.loudness import lossy

    return lossy.check_decoded(path, ceiling_dbtp, rate, encoded)


def _record(
    config: NarrationConfig, spoken_lufs: float, attempt: _Attempt | None
) -> LoudnessRecord:
    """The loudness figures: `integrated_lufs` is that of what was written (decoded, for MP3
    and Ogg, whose encoder's change is the difference)."""
    assert config.loudness_lufs is not None
    return LoudnessRecord(
        target_lufs=config.loudness_lufs,
        max_true_peak_dbtp=config.max_true_peak_dbtp,
        spoken_lufs=_rounded(spoken_lufs),
        gain_db=round(attempt.level.gain_db, 2) if attempt else 0.0,
        limited=attempt.level.limited if attempt else False,
        codec_change_db=round(attempt.result_lufs - attempt.level.lufs, 2) if attempt else 0.0,
        integrated_lufs=_rounded(attempt.result_lufs) if attempt else None,
    )


def _rounded(value: float) -> float | None:
    return round(value, 2) if math.isfinite(value) else None
