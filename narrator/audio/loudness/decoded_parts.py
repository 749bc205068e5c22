"""A lossy file decoded a part at a time, for the decoded check (narrator.audio.loudness.lossy):
an MP3 of LAME's from pieces cut from its frames (see narrator.audio.mp3_cuts.cut), an Ogg
Vorbis from where libsndfile seeks to. Each part is decoded with a little more on either side
for the oversampling, and yields its steps' loudness, the places whose true peak passes the
ceiling, and, given the peaks encoded in its steps, the encoder's overshoot of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from narrator.audio.codecs import decoded_blocks
from narrator.audio.loudness.meter import STEPS_PER_S, LoudnessMeter
from narrator.audio.loudness.peaks import SparseTruePeak
from narrator.audio.loudness.step_peaks import StepPeaks
from narrator.audio.mp3_cuts import Mp3File, cut
from narrator.errors import AudioOutputError

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]

_PART_MARGIN = 64
"""Samples decoded on either side of a part: more than the oversampling filter reaches."""
_PART_BLOCK = 1 << 15
"""Samples of a part measured at once: the oversampling's temporaries, on each thread, take
about 60 bytes for each of them."""
SCREEN_DB = 1.0
"""How far under the ceiling the samples encoded may come before their stretch is decoded."""
OGG_SCREEN_DB = 4.0
"""`SCREEN_DB` for Vorbis, which does not cut the highs as LAME does: its decoded speech
passes the largest sample encoded near it by up to 0.7 dB at -19 LUFS, and, limited harder
at -16, by up to 2.0 dB (espeak-ng's speech of the seed, 12 times); a square wave's samples,
whose true peak is 2.1 dB higher, by 3.4 dB."""
_FEWEST_NEAR_STEPS = 10
"""Steps near the ceiling that the measured part needs for its overshoot to stand for the
others'; with fewer, every part near the ceiling is decoded."""
_LOWEST_OVERSHOOT_DB = -1.0
"""The overshoot taken at the least: the envelope is exact only where it may pass `SCREEN_DB`
under the ceiling, so a lower one is not measured."""


@dataclass(frozen=True)
class Part:
    """What a part of a decoded file holds: its steps' K-weighted energies, and the places
    (in the whole) whose true peak passes the ceiling, with those peaks."""

    energies: Samples
    places: NDArray[np.int64]
    peaks: Samples
    overshoot: float | None = None
    """The most that a step's decoded true peak passes the largest sample encoded in it and
    its neighbours, as a ratio, where the part measured it (see `_overshoot`)."""


class Parts(Protocol):
    """A lossy file that can be decoded a part at a time."""

    @property
    def name(self) -> str: ...

    @property
    def rate(self) -> int: ...

    @property
    def samples(self) -> int:
        """What it decodes to."""

    @property
    def screen_db(self) -> float:
        """How far under the ceiling the samples encoded may come before their part is
        decoded (see `SCREEN_DB`)."""

    @property
    def steady_overshoot(self) -> bool:
        """Whether the encoder's overshoot measured in one part predicts the other parts'
        (see narrator.audio.loudness.lossy): LAME's does, Vorbis's does not."""

    def blocks(self, first: int, last: int, folder: Path) -> Iterator[Samples]:
        """Samples `first` to `last` decoded, in blocks (`folder` for any file it needs)."""


@dataclass(frozen=True)
class Mp3Parts:
    """An MP3 of LAME's, decoded from pieces cut from its frames (see
    narrator.audio.mp3_cuts.cut), written to a file: libsndfile then reads it without calling
    Python."""

    mp3: Mp3File
    silenced: int
    screen_db: float = SCREEN_DB
    steady_overshoot: bool = True

    @property
    def name(self) -> str:
        return self.mp3.path.name

    @property
    def rate(self) -> int:
        return self.mp3.header.rate

    @property
    def samples(self) -> int:
        return self.mp3.samples

    def blocks(self, first: int, last: int, folder: Path) -> Iterator[Samples]:
        piece = folder / f"{first}.mp3"
        piece.write_bytes(cut(self.mp3, first, last, self.silenced))
        yield from decoded_blocks(piece, _PART_BLOCK)


@dataclass(frozen=True)
class OggParts:
    """An Ogg Vorbis file, decoded from where libsndfile seeks to (to the sample: it finds
    the page, then decodes on to the sample)."""

    path: Path
    rate: int
    samples: int
    screen_db: float = OGG_SCREEN_DB
    steady_overshoot: bool = False

    @property
    def name(self) -> str:
        return self.path.name

    def blocks(self, first: int, last: int, folder: Path) -> Iterator[Samples]:
        import soundfile

        with soundfile.SoundFile(self.path) as sound:
            sound.seek(first)
            left = last - first
            while left > 0 and len(block := sound.read(min(left, _PART_BLOCK), dtype="float64")):
                left -= len(block)
                yield block if block.ndim == 1 else block[:, 0]  # a stereo narration's: alike


def check_part(
    source: Parts,
    span: tuple[int, int],
    folder: Path,
    ceiling: float,
    measure: bool,
    encoded_peaks: Samples | None,
) -> Part:
    """Steps `span` of the file, decoded with a little more on either side, so that the
    oversampling sees every sample it needs; their loudness too if `measure`, and, given the
    `encoded_peaks` of its steps, the encoder's overshoot."""
    import numpy as np

    rate = source.rate
    start = span[0] * rate // STEPS_PER_S
    end = min(source.samples, span[1] * rate // STEPS_PER_S)
    first, last = max(0, start - _PART_MARGIN), min(source.samples, end + _PART_MARGIN)
    envelope = SparseTruePeak(fine=True)
    meter = LoudnessMeter(rate)
    # The envelope is made exact wherever it may come within the screen of the ceiling, so
    # that the steps near the ceiling have their true peaks.
    screen = 10 ** (-source.screen_db / 20)
    exact_from = ceiling if encoded_peaks is None else ceiling * screen
    decoded_peaks = StepPeaks(rate, start=start)
    position = first
    places: list[NDArray[np.int64]] = []
    peaks: list[Samples] = []
    for block in source.blocks(first, last, folder):
        if measure:
            meter.push(block[max(0, start - position) : max(0, end - position)])
        levels = collect_over(envelope, block, ceiling, position, (places, peaks), exact_from)
        if encoded_peaks is not None:
            lags = position - envelope.delay  # where the envelope's first level lies
            decoded_peaks.add(levels[max(0, start - lags) : max(0, end - lags)])
        position += len(block)
    if position != last:
        raise AudioOutputError(f"the file {source.name} decodes short; narrate again")
    at = np.concatenate([np.zeros(0, dtype=np.int64), *places])
    # The first part keeps the peaks before the first sample: the ringing of a file that
    # starts loud, out of silence, as the whole file's check finds it.
    inside = ((at >= start) | (start == 0)) & (at < end)
    measured = meter.levels().energies[: span[1] - span[0]] if measure else np.zeros(0)
    energies = np.asarray(measured, np.float64)
    overshoot = None
    if encoded_peaks is not None:
        overshoot = _overshoot(decoded_peaks.peaks(), encoded_peaks, exact_from)
    found = np.concatenate([np.zeros(0), *peaks])[inside]
    return Part(energies, at[inside], found, overshoot)


def _overshoot(decoded: Samples, encoded: Samples, exact_from: float) -> float | None:
    """The most that the `decoded` true peak of a step passes its `encoded` peak (the largest
    sample in it and its neighbours), as a ratio (at least `_LOWEST_OVERSHOOT_DB`), over the
    steps whose encoded peak comes within `SCREEN_DB` of `exact_from`, the level the envelope
    is exact from; None where too few do for its overshoot to stand for other parts'."""
    count = min(len(decoded), len(encoded))
    decoded, encoded = decoded[:count], encoded[:count]
    near = encoded > exact_from * 10 ** (-SCREEN_DB / 20)
    if int(near.sum()) < _FEWEST_NEAR_STEPS:
        return None
    return max(float((decoded[near] / encoded[near]).max()), 10 ** (_LOWEST_OVERSHOOT_DB / 20))


def collect_over(
    envelope: SparseTruePeak,
    block: Samples,
    ceiling: float,
    position: int,
    found: tuple[list[NDArray[np.int64]], list[Samples]],
    exact_from: float | None = None,
) -> Samples:
    """Add the true peaks of `block` (decoded from `position` on) over `ceiling`: their places
    in the whole, and their levels. The envelope, exact wherever it may pass `exact_from`
    (the ceiling if None), lagging by `envelope.delay`."""
    import numpy as np

    levels = envelope.push(block, ceiling if exact_from is None else exact_from)
    over = np.flatnonzero(levels > ceiling)
    found[0].append(over + position - envelope.delay)
    found[1].append(levels[over])
    return levels
