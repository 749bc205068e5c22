"""The decoded check of an MP3 or Ogg whose encoded peaks are known: the part measured for the
loudness measures the encoder's overshoot too, and the other parts are decoded only where it
may take their samples over the ceiling."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from narrator.audio.codecs import FILE_FORMATS, EncodedFile
from narrator.audio.loudness import Peaks, lossy
from narrator.audio.loudness.plan import Level
from narrator.audio.loudness.step_peaks import StepPeaks
from tests.audio.test_lossy_check import _RATE, _InMemory, _mp3, _parts_checked


class _KnownPeaks(_InMemory):
    """Audio held whole that, like the stored speech encoded (narrator.audio.encoding), knows
    the largest sample of each step encoded."""

    def encoded_peaks(self) -> np.ndarray:
        recorder = StepPeaks(_RATE, scale=32768)
        pcm = np.clip(np.round(self.samples * 32768), -32768, 32767).astype(np.int16)
        for block in recorder.recorded(np.array_split(pcm, 7)):
            assert block.dtype == np.int16
        return recorder.peaks()


def _encoded(path: Path, samples: np.ndarray) -> None:
    """`samples` as an MP3 of LAME's, cut into segments at its pauses, or an Ogg."""
    if path.suffix == ".mp3":
        _mp3(path, samples)
        return
    pcm = np.clip(np.round(samples * 32768), -32768, 32767).astype(np.int16)
    with EncodedFile(path, FILE_FORMATS["ogg"], _RATE, 64) as ogg:
        for start in range(0, len(pcm), 1 << 16):
            ogg.write(pcm[start : start + (1 << 16)])


def _checked(
    path: Path, audio: _InMemory, ceiling_dbtp: float, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[tuple[int, int]], lossy.Decoded, lossy.Decoded]:
    """The parts the check decoded, what it found, and what the whole file's check finds."""
    _encoded(path, audio.samples)
    level = Level(0.0, Peaks.none(), audio.levels().integrated_lufs())
    checked = _parts_checked(monkeypatch)
    screened = lossy.check_decoded(path, ceiling_dbtp, _RATE, lossy.Encoded(audio, level))
    ceiling = 10 ** ((ceiling_dbtp - lossy._CHECK_MARGIN_DB) / 20)
    whole = lossy._check_whole(path, ceiling, _RATE)
    return checked, screened, whole


def test_step_peaks_are_each_steps_largest_sample_however_the_blocks_fall() -> None:
    rng = np.random.default_rng(3)
    samples = rng.integers(-32768, 32767, 22050 * 3 + 1234, dtype=np.int16)
    expected = [
        np.abs(samples[step * 2205 : (step + 1) * 2205].astype(np.int64)).max()
        for step in range(-(-len(samples) // 2205))
    ]
    for parts in (1, 5, 64, 700):
        recorder = StepPeaks(22050, scale=32768)
        list(recorder.recorded(np.array_split(samples, parts)))
        assert recorder.peaks() * 32768 == pytest.approx(expected)
    odd = StepPeaks(11025)  # steps of 1102 and 1103 samples
    odd.add(np.abs(samples[:5000].astype(np.float64)))
    assert odd.peaks()[1] == np.abs(samples[1102:2205].astype(np.float64)).max()
    assert len(StepPeaks(22050).peaks()) == 0


def _tone() -> np.ndarray:
    """100 s of a 440 Hz tone at -1 dBFS, a pause of digital silence every 5 s: its samples
    come as near the ceiling in every step (but the pauses'); LAME decodes it 0.43 dB lower,
    Vorbis 0.34 dB higher."""
    seconds = np.arange(100 * _RATE) / _RATE
    samples = 10 ** (-1.0 / 20) * np.sin(2 * np.pi * 440 * seconds)
    for at in range(0, 100, 5):
        samples[at * _RATE : at * _RATE + _RATE // 2] = 0.0
    return np.round(samples * 32767) / 32768


@pytest.mark.parametrize(
    ("extension", "ceiling_dbtp", "parts", "passed"),
    [
        # The check's ceiling is 0.05 dB under the one asked.
        ("mp3", -0.8, 1, False),  # -1 dBFS, 0.43 dB lower and 0.3 more: -1.13 under -0.85
        ("mp3", -1.2, 5, False),  # -1.13 dBTP may pass -1.25: every part decoded, none passes
        ("mp3", -1.6, 5, True),  # every part passes
        # Vorbis's overshoot is not steady: every part near the ceiling is decoded.
        ("ogg", -0.1, 5, False),  # decoded at -0.66 dBTP, none passes -0.15
        ("ogg", -0.5, 5, False),
        ("ogg", -0.8, 5, True),
    ],
)
def test_parts_are_decoded_where_the_overshoot_measured_may_take_them_over_the_ceiling(
    extension: str,
    ceiling_dbtp: float,
    parts: int,
    passed: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One part of an MP3 measures the overshoot; the others are decoded where their samples,
    taken over by it and `OVERSHOOT_SAFETY_DB` more, pass the ceiling; an Ogg's are decoded
    wherever they come near it. The places found are the whole file's check's."""
    audio = _KnownPeaks(_tone())
    path = tmp_path / f"tone.{extension}"
    checked, screened, whole = _checked(path, audio, ceiling_dbtp, monkeypatch)
    assert len(checked) == parts
    assert len(screened.lowerings) == len(whole.lowerings)
    assert (len(whole.lowerings) > 0) == passed
    for mine, theirs in zip(screened.lowerings, whole.lowerings, strict=True):
        assert (mine.start, mine.end) == (theirs.start, theirs.end)
        assert mine.by_db == pytest.approx(theirs.by_db, abs=1e-4)
    assert screened.integrated_lufs == pytest.approx(whole.integrated_lufs, abs=0.05)


def _tone_and_square(square_s: tuple[float, float]) -> np.ndarray:
    """`_tone`, a 200 Hz square wave at the same level over `square_s` (in seconds): Vorbis
    passes a square wave's samples by 3.4 dB (the highs it keeps ring), the tone's by 0.34."""
    samples = _tone()
    start, end = round(square_s[0] * _RATE), round(square_s[1] * _RATE)
    square = np.sign(np.sin(2 * np.pi * 200 * np.arange(end - start) / _RATE))
    samples[start:end] = np.round(10 ** (-1.0 / 20) * square * 32767) / 32768
    return samples


def test_an_ogg_whose_overshoot_changes_from_part_to_part_is_checked_in_every_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The part measured (all five come as near the ceiling) holds the tone, which Vorbis
    passes by 0.34 dB; a second of square wave in the fourth part passes it by 3.4:
    the overshoot measured in one part does not say where another passes the ceiling, so
    every part near it is decoded, and the square wave's places are found (as with espeak-ng's
    speech limited to -16 LUFS: Vorbis passed it by 0.3 to 1.6 dB from one part to the next,
    and a narration went out at -0.5 dBTP)."""
    audio = _KnownPeaks(_tone_and_square((66.0, 67.0)))
    checked, screened, whole = _checked(tmp_path / "tone.ogg", audio, -0.1, monkeypatch)
    assert checked[0] != (600, 800)  # the part measured is one of the tone's
    assert sorted(checked) == [(step, step + 200) for step in range(0, 1000, 200)]
    assert [(low.start, low.end) for low in screened.lowerings] == [
        (low.start, low.end) for low in whole.lowerings
    ]
    assert len(whole.lowerings) == 1
    assert 65.9 * _RATE <= whole.lowerings[0].start < whole.lowerings[0].end <= 67.1 * _RATE


def test_the_peak_of_a_file_that_starts_loud_is_found_before_its_first_sample(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A square wave from the first sample: out of the silence before it, its true peak
    lies just before that sample, where the whole file's check finds it; so do the parts."""
    samples = _tone()
    square = np.sign(np.sin(2 * np.pi * 200 * np.arange(_RATE) / _RATE + 0.5))
    samples[: _RATE // 2] = np.round(10 ** (-1.0 / 20) * square[: _RATE // 2] * 32767) / 32768
    _, screened, whole = _checked(tmp_path / "loud.ogg", _KnownPeaks(samples), -0.1, monkeypatch)
    assert whole.lowerings and whole.lowerings[0].start < 0
    assert [(low.start, low.end) for low in screened.lowerings] == [
        (low.start, low.end) for low in whole.lowerings
    ]


def test_an_ogg_is_decoded_whole_where_libsndfile_may_not_seek_to_the_sample(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import soundfile

    monkeypatch.setattr(soundfile, "__libsndfile_version__", "1.0.31")
    checked, screened, whole = _checked(
        tmp_path / "tone.ogg", _KnownPeaks(_tone()), -0.8, monkeypatch
    )
    assert checked == []
    assert len(screened.lowerings) == len(whole.lowerings) > 0


def test_an_mp3_whose_frames_are_known_is_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from narrator.audio.mp3_cuts import read_mp3

    audio = _KnownPeaks(_tone())
    path = tmp_path / "tone.mp3"
    _encoded(path, audio.samples)
    known = read_mp3(path)
    audio.mp3 = known  # type: ignore[attr-defined]

    def unread(path: Path) -> None:
        raise AssertionError(f"{path} read again")

    monkeypatch.setattr(lossy, "read_mp3", unread)
    level = Level(0.0, Peaks.none(), audio.levels().integrated_lufs())
    checked = _parts_checked(monkeypatch)
    screened = lossy.check_decoded(path, -1.6, _RATE, lossy.Encoded(audio, level))
    assert len(checked) == 5 and len(screened.lowerings) == 20
