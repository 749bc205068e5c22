"""An MP3 encoded in segments on several threads, spliced in its pauses: decoded by mpg123
(through soundfile), it is the samples encoded, as long, silent where they are, with no
decoder complaint; chunk files cut from it decode to its samples."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile
from mutagen.mp3 import MP3

from narrator.audio.lame_parallel import SEGMENT_S, ParallelLame, Segment, segments
from narrator.audio.mp3_cuts import read_mp3, silenced_frames, write_cut

_RATE = 22050


def _speech_with_pauses(seconds: float, pause_s: float) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Bursts of filtered noise at varying levels (frames that use LAME's bit reservoir),
    every 3 to 7 seconds a pause of digital silence; the samples and the pauses."""
    rng = np.random.default_rng(11)
    noise = np.convolve(rng.normal(0, 0.2, round(_RATE * seconds)), np.ones(4) / 4, "same")
    bursts = np.repeat(rng.choice([0.05, 0.3, 1.0], size=int(seconds * 5) + 1), _RATE // 5)
    samples = noise * bursts[: len(noise)]
    pauses, at = [], 0
    while (at := at + round(_RATE * rng.uniform(3, 7))) < len(samples) - _RATE:
        end = at + round(_RATE * pause_s)
        samples[at:end] = 0.0
        pauses.append((at, end))
        at = end
    return np.clip(samples * 32767, -32768, 32767).astype(np.int16), pauses


def _encoded(path: Path, samples: np.ndarray, plan: list[Segment], kbps: int = 64) -> ParallelLame:
    silenced = silenced_frames(_RATE, kbps)
    assert silenced is not None
    with ParallelLame(path, _RATE, kbps, plan, silenced) as whole:
        for start in range(0, len(samples), 7777):
            whole.write(samples[start : start + 7777])
    return whole


@pytest.mark.parametrize("kbps", [64, 48])
def test_an_mp3_spliced_in_its_pauses_decodes_as_one_encoded_whole(
    kbps: int, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    samples, pauses = _speech_with_pauses(60.0, 0.5)
    silenced = silenced_frames(_RATE, kbps)
    assert silenced is not None
    plan = segments(pauses, len(samples), _RATE, silenced)
    assert len(plan) >= 4
    spliced = _encoded(tmp_path / "spliced.mp3", samples, plan, kbps)
    _encoded(tmp_path / "one.mp3", samples, [Segment(0, 0, len(samples))], kbps)
    decoded, rate = soundfile.read(tmp_path / "spliced.mp3", dtype="float64")
    one, _ = soundfile.read(tmp_path / "one.mp3", dtype="float64")
    assert (len(decoded), rate) == (len(samples), _RATE)
    assert MP3(tmp_path / "spliced.mp3").info.length == pytest.approx(
        len(samples) / _RATE, abs=1e-4
    )
    original = samples / 32768
    # As close to what was encoded as one LAME's encoding is, and silent around each splice.
    error, one_error = np.abs(decoded - original), np.abs(one - original)
    assert np.sqrt(np.mean(error**2)) < 1.1 * np.sqrt(np.mean(one_error**2))
    for segment in plan[1:]:
        # The frame before the splice and those silenced after it decode to silence.
        splice = segment.first_frame * 576 - 1105  # the first sample its frame decodes
        assert np.abs(decoded[splice - 576 : splice + 576 * (silenced + 1)]).max() == 0.0
    # Chunk files cut across the splices decode to the whole's samples.
    for start, end in [(0, 100_000), (100_000, 700_001), (700_001, len(samples))]:
        piece = tmp_path / f"{start}.mp3"
        write_cut(spliced.file, start, end, piece, silenced)
        cut, _ = soundfile.read(piece, dtype="float64")
        assert np.abs(cut - decoded[start:end]).max() < 1e-6
    # Where each frame starts, as the segments' LAMEs found them, is where reading finds them.
    read = read_mp3(tmp_path / "spliced.mp3")
    assert read is not None
    assert list(spliced.file.frame_offsets) == list(read.frame_offsets)
    assert capfd.readouterr().err == ""


def test_segments_start_in_pauses_long_enough_and_last_at_least_the_shortest() -> None:
    silenced = 2
    pauses = [(_RATE * s, _RATE * s + _RATE // 2) for s in range(3, 60, 4)]
    short = [(_RATE * 30, _RATE * 30 + _RATE // 10)]  # 100 ms: too short to splice in
    plan = segments([*pauses, *short], _RATE * 62, _RATE, silenced)
    assert plan[0] == Segment(0, 0, plan[0].end)
    assert plan[-1].end == _RATE * 62
    starts = [segment.first_frame * 576 for segment in plan]
    assert all(
        b - a >= SEGMENT_S * _RATE for a, b in zip(starts, [*starts[1:], _RATE * 62], strict=True)
    )
    for segment, after in zip(plan[1:], [*plan[2:], None], strict=True):
        pause = next(p for p in pauses if p[0] <= segment.start < p[1])
        assert segment.start % 576 == 0
        assert (segment.first_frame + silenced + 5) * 576 <= pause[1]
        if after is not None:
            assert segment.end > after.first_frame * 576
    assert segments([], _RATE * 62, _RATE, silenced) == [Segment(0, 0, _RATE * 62)]
    assert segments(short, _RATE * 62, _RATE, silenced) == [Segment(0, 0, _RATE * 62)]


def test_an_empty_stream_is_an_mp3_that_decodes_to_nothing(tmp_path: Path) -> None:
    path = tmp_path / "empty.mp3"
    _encoded(path, np.zeros(0, dtype=np.int16), segments([], 0, _RATE, 2))
    assert len(soundfile.read(path)[0]) == 0


def test_the_decoded_check_of_an_mp3_in_parts_finds_what_decoding_it_whole_does(
    tmp_path: Path,
) -> None:
    """Parts cut from the frames, checked on two threads: the same loudness, and the same
    places over the ceiling, as the file decoded whole (one place over it at a part's edge)."""
    from narrator.audio.loudness import lossy

    samples, pauses = _speech_with_pauses(47.3, 0.5)
    samples[20 * _RATE - 3 : 20 * _RATE + 3] = [30000, -30000, 30000, -30000, 30000, -30000]
    plan = segments(pauses, len(samples), _RATE, 2)
    path = tmp_path / "checked.mp3"
    _encoded(path, samples, plan)
    for ceiling_dbtp in (-1.0, -4.0, -8.0):
        ceiling = 10 ** ((ceiling_dbtp - lossy._CHECK_MARGIN_DB) / 20)
        whole = lossy._check_whole(path, ceiling, _RATE)
        parts = lossy.check_decoded(path, ceiling_dbtp, _RATE)
        assert parts.integrated_lufs == pytest.approx(whole.integrated_lufs, abs=1e-6)
        assert len(parts.lowerings) == len(whole.lowerings) >= (ceiling_dbtp < -1.0)
        for mine, theirs in zip(parts.lowerings, whole.lowerings, strict=True):
            assert (mine.start, mine.end) == (theirs.start, theirs.end)
            assert mine.by_db == pytest.approx(theirs.by_db, abs=1e-6)


def test_segments_are_spliced_only_in_pauses_of_digital_silence() -> None:
    """A pause that is not silent as staged (a click in it) is no place for a splice."""
    from types import SimpleNamespace

    from narrator.audio.encoding import _pauses

    audio = np.full(9000, 0.25)
    chunks = [(3000, 2000), (3000, 1000), (3000, 0)]  # (frames, of which the pause)
    audio[1000:3000] = audio[5000:6000] = 0.0
    audio[5500] = 1e-4
    timings = [SimpleNamespace(frame_count=n, speech_frames=n - pause) for n, pause in chunks]
    staged = SimpleNamespace(timings=timings, read=lambda start, end: audio[start:end])
    assert _pauses(staged) == [(1000, 3000)]
