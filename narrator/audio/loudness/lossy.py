"""What a lossy encoder (MP3, Ogg Vorbis) does to a narration's loudness and peaks.

It changes the loudness a little (MP3 at 64 kbit/s cuts the highs, which K-weighting counts),
and its decoded output can overshoot the peak ceiling by an amount that varies with the audio:
the file written is decoded, measured, and checked. An MP3 of LAME's is decoded in parts cut
from its frames (see narrator.audio.mp3_cuts.cut), one per core at a time, on threads: mpg123
and numpy let go of the GIL while they work.

When what was encoded is known (`Encoded`), an MP3 is decoded only in the parts where its
peaks could pass the ceiling: where the samples encoded come within `SCREEN_DB` of it. LAME at
64 kbit/s cuts the highs, and with them the peaks: decoded, the seed's and the blog post's true
peaks stay 0.15 dB or more under the largest sample encoded within 100 ms of them, so 1 dB
leaves room for audio that overshoots more. (Speech at -19 LUFS comes that near in half its
steps, in every 20 s part: where the limiter works, it reaches the format's ceiling, 0.25 dB
under the check's. Decoding only those steps, in many short parts, cost more than all.) Its
loudness is not measured whole: it is that of what was encoded, changed as much as the encoder
changed the loudness of one part, decoded and encoded measured alike: from one 20 s part to
the next the change varies by 0.003 LU (-0.443 to -0.446 on the seed). An MP3 that cannot
be cut is decoded whole, and measured only in 20 s from its middle; so is an Ogg whose encoded
peaks (below) are unknown.

Where the largest sample encoded in each step is known too (`EncodedPeaks`: recorded as the
samples went to the encoder), the part measured for the loudness is the one with the most
steps near the ceiling, and it also measures the encoder's overshoot there: by how much the
decoded true peak of a step passes the largest sample encoded in it and its neighbours. The
other parts are decoded only where that overshoot, and `OVERSHOOT_SAFETY_DB` more, takes a
step's samples past the ceiling. LAME's overshoot of speech near the ceiling is steady from
one part to the next: -0.14 to -0.38 dB in every 20 s part of the seed, the blog post and the
lighthouse story (another voice, faster), at 48 to 128 kbit/s; a part's predicts every other
part's decoded peak to 0.15 dB. So the seed at -19 LUFS, whose limited samples reach
-1.3 dBFS (decoded, 0.2 dB under them), is decoded in one part, not twelve, and an encoder
that overshoots still has each part that it may take over the ceiling decoded. An Ogg is
decoded in parts too, from where libsndfile seeks to (to the sample), with a wider screen
(`OGG_SCREEN_DB`), but in every part near the ceiling: Vorbis passes the peaks encoded by an
amount that one part does not predict for the next. It is limited 1.2 dB under the ceiling
for that, which holds at -19 LUFS (+0.5 to +0.7 dB), not at -16, where the limiter works
harder: espeak-ng's speech of the seed was passed by 0.3 to 1.0 dB in the part measured and
by up to 1.6 in another, which the overshoot measured (and 0.3 dB) did not foresee: a
narration went out at up to -0.5 dBTP, one save in four. (espeak-ng's samples for a text depend on
what the engine said before it, so from one save to the next, with two engines taking the
chunks as they come free, the speech and its peaks change.)

This module decides which parts to decode, and what they say of the whole: a part's decoding
and measuring (and `SCREEN_DB`, `OGG_SCREEN_DB`) are narrator.audio.loudness.decoded_parts'; the
peaks encoded are recorded by narrator.audio.loudness.step_peaks.
"""

from __future__ import annotations

import math
import re
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from narrator.audio.codecs import decoded_blocks, to_pcm16
from narrator.audio.lame_parallel import threads
from narrator.audio.loudness.decoded_parts import (
    Mp3Parts,
    OggParts,
    Part,
    Parts,
    check_part,
    collect_over,
)
from narrator.audio.loudness.limiter import Lowering
from narrator.audio.loudness.meter import BLOCK_FRAMES, STEPS_PER_S, LoudnessMeter, StepLevels
from narrator.audio.loudness.peaks import SparseTruePeak
from narrator.audio.loudness.plan import Level, StagedAudio
from narrator.audio.mp3_cuts import Mp3File, read_mp3, silenced_frames

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]

_CHECK_MARGIN_DB = 0.05
"""What other true-peak meters may read over our 8x one (scipy's resample_poly, 16x: 0.02 dB)."""
_LOWERING_S = 0.05
_LOWERING_MORE_DB = 0.3
_PART_STEPS = 200
"""100 ms steps in each part of an MP3 decoded at once: 20 s, 3.5 MB as floats."""
_GATE_DB = 10.0
"""The loudness change is found on the steps less than this under the parts' average: as
BS.1770's relative gate, the quiet steps, whose change counts little, are left out."""
OVERSHOOT_SAFETY_DB = 0.3
"""Added to the overshoot measured in one part before it predicts the others': twice the most
that one part's overshoot fell short of another's (0.15 dB, see the module's docstring)."""


@runtime_checkable
class EncodedPeaks(Protocol):
    """Audio that knows the largest sample magnitude of each 100 ms step last encoded from it
    (recorded by narrator.audio.loudness.step_peaks.StepPeaks)."""

    def encoded_peaks(self) -> Samples | None:
        """The peaks of the last encoding, as ratios to full scale; None before one."""


@runtime_checkable
class EncodedMp3(Protocol):
    """Audio that knows the MP3 last encoded from it, its frames found as LAME wrote them, so
    that the check does not walk them again."""

    @property
    def mp3(self) -> Mp3File | None:
        """The MP3 of the last encoding; None where LAME wrote none."""


@dataclass(frozen=True)
class Decoded:
    """What the check of a lossy file found: where it overshoots, and its loudness."""

    lowerings: list[Lowering]
    integrated_lufs: float

    def peak_dbtp(self, ceiling_dbtp: float) -> float:
        """The highest true peak found over the ceiling checked for `ceiling_dbtp` (each
        lowering's excess and the little more it lowers by), or that ceiling when none is."""
        excess_db = max((lowering.by_db for lowering in self.lowerings), default=None)
        if excess_db is None:
            return ceiling_dbtp - _CHECK_MARGIN_DB
        return ceiling_dbtp - _CHECK_MARGIN_DB + excess_db - _LOWERING_MORE_DB


@dataclass(frozen=True)
class Encoded:
    """What a lossy file was encoded from: the audio, and the level it was encoded at."""

    audio: StagedAudio
    level: Level


def check_decoded(
    path: Path, ceiling_dbtp: float, rate: int, encoded: Encoded | None = None
) -> Decoded:
    """Decode the lossy file: its loudness, and where its true peak passes `ceiling_dbtp`
    (less what other meters may read over ours), each place widened by 50 ms and lowered by
    its excess and a little more. A lossy encoder's overshoot varies with the audio: the
    format's margin is an estimate, and this is the check. Only stretches whose samples come
    near the ceiling are oversampled (see `SparseTruePeak`); an MP3 whose `encoded` audio is
    known is decoded only there (and in one part more, for its loudness, if none is), and,
    where its encoded peaks are known too, only where the overshoot measured in one part
    may take them over the ceiling."""

    ceiling = 10 ** ((ceiling_dbtp - _CHECK_MARGIN_DB) / 20)
    known = _known_peaks(encoded)
    source = _parts_of(path, rate, encoded, known is not None)
    if source is None:
        return _check_whole(path, ceiling, rate, encoded)
    steps = -(-source.samples * STEPS_PER_S // rate)
    spans = [(step, min(steps, step + _PART_STEPS)) for step in range(0, steps, _PART_STEPS)]
    peaks = _widened(_fitted(known, steps)) if known is not None else None
    with (
        tempfile.TemporaryDirectory(prefix="narrator-check-") as folder,
        ThreadPoolExecutor(threads(), thread_name_prefix="narrator-check") as pool,
    ):

        def check(span: tuple[int, int], measure: bool, of: Samples | None = None) -> Part:
            return check_part(source, span, Path(folder), ceiling, measure, of)

        if encoded is None:
            parts = list(pool.map(lambda span: check(span, True), spans))
            return Decoded(_lowerings(parts, ceiling, rate), _lufs(parts, rate, source.samples))
        near = _near(encoded, ceiling, steps, peaks, source.screen_db)
        # The loudness change is measured in the part with the most steps near the ceiling
        # (the longest, if none is near), which also measures the encoder's overshoot.
        measured = max(
            spans, key=lambda span: (int(near[span[0] : span[1]].sum()), span[1] - span[0])
        )
        before = pool.submit(_encoded_energies, encoded, rate, measured)
        # Only a steady overshoot is measured: an unsteady one leaves every part near the
        # ceiling to be decoded.
        steady = peaks if source.steady_overshoot else None
        first = check(measured, True, None if steady is None else steady[measured[0] : measured[1]])
        others = [
            span
            for span in spans
            if span != measured
            and near[span[0] : span[1]].any()
            and _may_pass(peaks, span, first.overshoot, ceiling)
        ]
        parts = [first, *pool.map(lambda span: check(span, False), others)]
    change_db = _change_db(before.result(), first.energies)
    return Decoded(_lowerings(parts, ceiling, rate), encoded.level.lufs + change_db)


def _lufs(parts: list[Part], rate: int, samples: int) -> float:
    """The loudness of a file of `samples` decoded whole in `parts`, from their steps."""
    import numpy as np

    energies = np.concatenate([np.zeros(0), *(part.energies for part in parts)])
    return StepLevels(rate, samples, energies, np.zeros(len(energies))).integrated_lufs()


def _lowerings(parts: list[Part], ceiling: float, rate: int) -> list[Lowering]:
    """The lowerings for the places over the ceiling that the decoded `parts` found."""
    import numpy as np

    places = np.concatenate([np.zeros(0, dtype=np.int64), *(part.places for part in parts)])
    order = np.argsort(places, kind="stable")
    ratios = np.concatenate([np.zeros(0), *(part.peaks for part in parts)]) / ceiling
    return lowerings_at(places[order], ratios[order], rate)


def _known_peaks(encoded: Encoded | None) -> Samples | None:
    """The largest sample encoded in each step, where the audio knows them (see
    `EncodedPeaks`)."""
    if encoded is None or not isinstance(encoded.audio, EncodedPeaks):
        return None
    return encoded.audio.encoded_peaks()


def _fitted(values: NDArray[np.floating[Any]], steps: int) -> Samples:
    """`values` cut, or filled with zeros, to `steps` steps."""
    import numpy as np

    fitted = np.zeros(steps)
    count = min(steps, len(values))
    fitted[:count] = values[:count]
    return fitted


def _widened(values: Samples) -> Samples:
    """Each step's value, or its neighbour's where that is larger."""
    import numpy as np

    widened = values.copy()
    np.maximum(widened[1:], values[:-1], out=widened[1:])
    np.maximum(widened[:-1], values[1:], out=widened[:-1])
    return widened


def _may_pass(
    peaks: Samples | None, span: tuple[int, int], overshoot: float | None, ceiling: float
) -> bool:
    """Whether the part `span`, decoded, may pass the ceiling: whether its encoded `peaks`,
    taken over by the `overshoot` measured in another part and `OVERSHOOT_SAFETY_DB` more,
    do (always, when either is unknown)."""
    if peaks is None or overshoot is None:
        return True
    safety = 10 ** (OVERSHOOT_SAFETY_DB / 20)
    return bool(peaks[span[0] : span[1]].max(initial=0.0) * overshoot * safety > ceiling)


def _near(
    encoded: Encoded, ceiling: float, steps: int, peaks: Samples | None, screen_db: float
) -> NDArray[np.bool_]:
    """Which steps of the audio encoded come within `screen_db` of `ceiling`, or are next to
    one that does: from the encoded `peaks` (widened to the steps beside) where they are
    known, else bounded by the gain times each step's largest sample."""
    if peaks is None:
        levels = encoded.audio.levels()
        assert levels is not None
        # The limiter only turns down: the gain times a step's largest sample bounds it.
        gain = 10 ** (encoded.level.gain_db / 20)
        peaks = _widened(_fitted(levels.peaks, steps) * gain)
    near: NDArray[np.bool_] = peaks > ceiling * 10 ** (-screen_db / 20)
    return near


def _encoded_energies(encoded: Encoded, rate: int, span: tuple[int, int]) -> Samples:
    """The K-weighted energies of steps `span` of the audio as it was encoded, measured as
    `check_part` measures them decoded, a block (`BLOCK_FRAMES`) at a time: the same steps,
    but for the last bits of BLAS's sums. Read, processed and measured at once, a part's 20 s
    took some 15 MB of arrays, new pages of the heap (4,100 faults, a quarter of the check's
    CPU time)."""
    import numpy as np

    start = span[0] * rate // STEPS_PER_S
    end = span[1] * rate // STEPS_PER_S
    processor = encoded.level.processor(rate)
    meter = LoudnessMeter(rate)
    for first in range(start, end, BLOCK_FRAMES):
        last = min(end, first + BLOCK_FRAMES)
        samples = processor.at(first, encoded.audio.read(first, last))
        meter.push(to_pcm16(samples) / 32768)  # as encoded
    energies: Samples = np.asarray(meter.levels().energies[: span[1] - span[0]], np.float64)
    return energies


def _change_db(before: Samples, after: Samples) -> float:
    """What the encoder changed the loudness by, from steps measured before and after: over
    the steps less than `_GATE_DB` under their average."""
    import numpy as np

    count = min(len(before), len(after))
    before, after = before[:count], after[:count]
    counted = before >= before.mean() * 10 ** (-_GATE_DB / 10) if count else before > 0
    if not before[counted].sum() > 0 or not after[counted].sum() > 0:
        return 0.0
    return float(10 * np.log10(after[counted].sum() / before[counted].sum()))


_SEEKS_OGG_EXACTLY = (1, 2)
"""The libsndfile that an Ogg is decoded in parts with: 1.2.2 (soundfile 0.14's) seeks to the
sample, as decoding from the start gives it; older ones are not relied on."""


def _parts_of(path: Path, rate: int, encoded: Encoded | None, peaks_known: bool) -> Parts | None:
    """The file `path` as parts to decode, where it can be: an MP3 of LAME's at a bit rate it
    can be cut at, or an Ogg whose encoded peaks are known (without them every part would be
    decoded: the whole is decoded at once, for less); None otherwise."""
    if path.suffix == ".mp3":
        known = encoded.audio.mp3 if encoded and isinstance(encoded.audio, EncodedMp3) else None
        mp3 = known if known is not None and known.path == path else read_mp3(path)
        silenced = silenced_frames(rate, mp3.header.bitrate_kbps) if mp3 is not None else None
        if mp3 is None or silenced is None or mp3.header.rate != rate:
            return None
        return Mp3Parts(mp3, silenced)
    if path.suffix != ".ogg" or not peaks_known:
        return None
    import soundfile

    numbers = re.findall(r"\d+", soundfile.__libsndfile_version__)[:2]
    version = tuple(int(number) for number in numbers)
    if version < _SEEKS_OGG_EXACTLY:
        return None
    info = soundfile.info(str(path))
    return OggParts(path, rate, info.frames) if info.samplerate == rate else None


def _check_whole(path: Path, ceiling: float, rate: int, encoded: Encoded | None = None) -> Decoded:
    """The check, the file decoded whole in blocks; where the `encoded` audio is known, only
    20 s from the middle are measured, for the change in loudness."""
    import numpy as np

    envelope = SparseTruePeak(fine=True)
    meter = LoudnessMeter(rate)
    window, before = None, None
    if encoded is not None:
        levels = encoded.audio.levels()
        assert levels is not None
        steps = len(levels.energies)
        first = max(0, steps // 2 - _PART_STEPS // 2)
        window = (first, min(steps, first + _PART_STEPS))
        before = _encoded_energies(encoded, rate, window)
    low, high = (window[0], window[1]) if window else (0, 0)
    low, high = low * rate // STEPS_PER_S, high * rate // STEPS_PER_S
    position = 0
    places: list[NDArray[np.int64]] = []
    peaks: list[Samples] = []
    for block in decoded_blocks(path, BLOCK_FRAMES):
        if window is None:
            meter.push(block)
        else:
            meter.push(block[max(0, low - position) : max(0, high - position)])
        collect_over(envelope, block, ceiling, position, (places, peaks))
        position += len(block)
    lowerings: list[Lowering] = []
    if places:
        lowerings = lowerings_at(np.concatenate(places), np.concatenate(peaks) / ceiling, rate)
    if encoded is None or window is None or before is None:
        return Decoded(lowerings, meter.integrated_lufs)
    after = np.asarray(meter.levels().energies[: window[1] - window[0]], np.float64)
    return Decoded(lowerings, encoded.level.lufs + _change_db(before, after))


def lowerings_at(
    places: NDArray[np.int64], ratios: NDArray[np.float64], rate: int
) -> list[Lowering]:
    """The samples at `places`, `ratios` over the ceiling, as lowerings: places closer than
    twice the widening become one."""
    import numpy as np

    widening = round(_LOWERING_S * rate)
    breaks = np.flatnonzero(np.diff(places) > 2 * widening) + 1
    lowerings = []
    for group, ratio in zip(np.split(places, breaks), np.split(ratios, breaks), strict=True):
        if len(group):
            excess_db = 20 * math.log10(float(ratio.max())) + _LOWERING_MORE_DB
            lowerings.append(
                Lowering(int(group[0]) - widening, int(group[-1]) + widening, excess_db)
            )
    return lowerings
