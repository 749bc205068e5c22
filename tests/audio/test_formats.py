"""The seed saved with real espeak-ng audio in every format, opened with independent readers."""

from __future__ import annotations

import dataclasses
import json
import re
import wave
from pathlib import Path
from typing import Any

import mutagen
import numpy as np
import pyloudnorm
import pytest
import soundfile
from mutagen.id3 import ID3
from scipy import signal

from narrator import NarrationConfig, SavedNarration, save
from narrator.audio.codecs import FILE_FORMATS, decoded_blocks

SEED = Path(__file__).resolve().parents[2] / "seeds" / "reuters-atacms-crimea.txt"
TOLERANCE_S = 0.020


_SAVED: dict[str, SavedNarration] = {}


def _saved(audio_format: str, tmp_path_factory: pytest.TempPathFactory) -> SavedNarration:
    """The seed saved once per format for the whole module."""
    if audio_format not in _SAVED:
        config = NarrationConfig(audio_format=audio_format)
        root = tmp_path_factory.mktemp(audio_format)
        _SAVED[audio_format] = save(str(SEED), config, output_root=root)
    return _SAVED[audio_format]


@pytest.fixture(scope="module", params=["mp3", "ogg", "flac", "wav"])
def saved(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    return _saved(request.param, tmp_path_factory)


@pytest.fixture(scope="module", params=["flac", "wav"])
def saved_lossless(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    return _saved(request.param, tmp_path_factory)


@pytest.fixture(scope="module")
def saved_mp3(tmp_path_factory: pytest.TempPathFactory) -> SavedNarration:
    return _saved("mp3", tmp_path_factory)


@pytest.fixture(scope="module")
def saved_wav(tmp_path_factory: pytest.TempPathFactory) -> SavedNarration:
    return _saved("wav", tmp_path_factory)


def _manifest(saved: SavedNarration) -> dict[str, Any]:
    return json.loads(saved.manifest.read_text(encoding="utf-8"))


def _decoded(path: Path) -> tuple[np.ndarray, int]:
    samples, rate = soundfile.read(path, dtype="float64")
    return samples, rate


def _vtt_cues(text: str) -> list[tuple[float, float, str]]:
    """A strict reading of the WebVTT we write: header, the language's note, numbered cues."""
    header, note, *blocks = text.rstrip("\n").split("\n\n")
    assert header == "WEBVTT"
    assert re.fullmatch(r"NOTE Language: [a-z]{2,3}(?:-[a-z0-9]+)*", note), note
    cues = []
    for number, block in enumerate(blocks, start=1):
        ident, times, payload = block.split("\n")
        assert ident == str(number)
        match = re.fullmatch(
            r"(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})", times
        )
        assert match, times
        parts = [int(p) for p in match.groups()]
        start = parts[0] * 3600 + parts[1] * 60 + parts[2] + parts[3] / 1000
        end = parts[4] * 3600 + parts[5] * 60 + parts[6] + parts[7] / 1000
        assert start <= end
        cues.append((start, end, payload))
    return cues


def test_decoded_length_matches_the_manifest(saved: SavedNarration) -> None:
    samples, rate = _decoded(saved.narration)
    assert len(samples) / rate == pytest.approx(saved.duration_s, abs=TOLERANCE_S)
    assert _manifest(saved)["duration_s"] == pytest.approx(saved.duration_s, abs=1e-6)


def test_every_chunk_file_decodes_to_its_manifest_length(saved: SavedNarration) -> None:
    chunks = _manifest(saved)["chunks"]
    assert [saved.folder / c["file"] for c in chunks] == list(saved.chunk_files)
    for entry in chunks:
        samples, rate = _decoded(saved.folder / entry["file"])
        length = entry["end_s"] - entry["start_s"]
        assert len(samples) / rate == pytest.approx(length, abs=TOLERANCE_S), entry["file"]


def test_loudness_is_minus_19_lufs_the_mono_podcast_level(saved: SavedNarration) -> None:
    samples, rate = _decoded(saved.narration)
    assert pyloudnorm.Meter(rate).integrated_loudness(samples) == pytest.approx(-19.0, abs=0.5)
    assert _manifest(saved)["loudness"]["integrated_lufs"] == pytest.approx(-19.0, abs=0.2)


@pytest.mark.parametrize("audio_format", ["wav", "mp3", "ogg"])
def test_an_asked_loudness_is_met_under_the_peak_ceiling(audio_format: str, tmp_path: Path) -> None:
    """-16 LUFS asks the limiter to work hard on espeak-ng's peaks: still on target, still
    under -1 dBTP once decoded."""
    config = NarrationConfig(audio_format=audio_format, loudness_lufs=-16.0)
    saved = save(str(SEED), config, output_root=tmp_path)
    samples, rate = _decoded(saved.narration)
    assert pyloudnorm.Meter(rate).integrated_loudness(samples) == pytest.approx(-16.0, abs=0.5)
    assert 20 * np.log10(np.abs(signal.resample_poly(samples, 8, 1)).max()) <= -1.0


@pytest.mark.parametrize("audio_format", ["wav", "mp3"])
def test_chapters_and_cues_are_those_of_the_narration_at_the_engines_level(
    audio_format: str, tmp_path: Path
) -> None:
    """Setting the loudness moves no chunk: chapters and cue times within 20 ms (the same
    speech, from one chunk cache)."""
    cache = tmp_path / "cache"
    raw_config = NarrationConfig(loudness_lufs=None, cache_dir=cache)
    raw = save(str(SEED), raw_config, output_root=tmp_path / "raw")
    config = NarrationConfig(audio_format=audio_format, cache_dir=cache)
    saved_lossless = save(str(SEED), config, output_root=tmp_path / "set")
    assert len(raw.chapters) == len(saved_lossless.chapters)
    for ours, theirs in zip(saved_lossless.chapters, raw.chapters, strict=True):
        assert ours.start_s == pytest.approx(theirs.start_s, abs=0.02)
    cues, raw_cues = _manifest(saved_lossless)["chunks"], _manifest(raw)["chunks"]
    assert len(cues) == len(raw_cues) > 10
    for cue, raw_cue in zip(cues, raw_cues, strict=True):
        assert cue["start_s"] == pytest.approx(raw_cue["start_s"], abs=0.02)
        assert cue["end_s"] == pytest.approx(raw_cue["end_s"], abs=0.02)


def test_true_peak_stays_under_minus_1_dbtp(saved: SavedNarration) -> None:
    samples, _ = _decoded(saved.narration)
    true_peak = 20 * np.log10(np.abs(signal.resample_poly(samples, 4, 1)).max())
    assert true_peak <= -1.0


@pytest.mark.parametrize("audio_format", ["mp3", "ogg"])
def test_true_peak_stays_under_minus_1_dbtp_where_the_encoder_overshoots_most(
    audio_format: str, tmp_path: Path
) -> None:
    """The blog post's decoded MP3 peaked 1.6 dB above the level it was limited to."""
    article = SEED.parent.parent / "tests" / "articles" / "blog-sourdough.html"
    saved = save(str(article), NarrationConfig(audio_format=audio_format), output_root=tmp_path)
    samples, _ = _decoded(saved.narration)
    true_peak = 20 * np.log10(np.abs(signal.resample_poly(samples, 4, 1)).max())
    assert true_peak <= -1.0


@pytest.mark.parametrize(("audio_format", "margin_db"), [("mp3", -0.6), ("ogg", 0.0)])
def test_encoder_overshoots_past_the_margin_are_found_and_limited_lower(
    audio_format: str, margin_db: float, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Limited too close to the ceiling (Vorbis overshoots it with no margin at all; LAME at
    64 kbit/s cuts the highs and with them the peaks, so it is limited above it), the decoded
    file passes -1 dBTP in places; the decoded check finds them, and the encoding again limits
    those places lower and nothing else, so the loudness holds."""
    import narrator.audio.loudness.normalize as normalize

    no_margin = dataclasses.replace(FILE_FORMATS[audio_format], peak_margin_db=margin_db)
    monkeypatch.setitem(FILE_FORMATS, audio_format, no_margin)
    checks: list[int] = []
    check_decoded = normalize.check_decoded

    def counted(*args: Any, **kwargs: Any) -> Any:
        found = check_decoded(*args, **kwargs)
        checks.append(len(found.lowerings))
        return found

    monkeypatch.setattr(normalize, "check_decoded", counted)
    config = NarrationConfig(audio_format=audio_format)
    saved = save(str(SEED), config, output_root=tmp_path)
    assert checks[0] > 0 and len(checks) >= 2  # found past the ceiling, and encoded again
    samples, rate = _decoded(saved.narration)
    true_peak = 20 * np.log10(np.abs(signal.resample_poly(samples, 4, 1)).max())
    assert true_peak <= -1.0
    assert pyloudnorm.Meter(rate).integrated_loudness(samples) == pytest.approx(-19.0, abs=0.5)
    assert _manifest(saved)["loudness"]["integrated_lufs"] == pytest.approx(-19.0, abs=0.2)


def test_the_lossless_whole_has_the_frames_of_its_chunks(saved_lossless: SavedNarration) -> None:
    """Frame for frame: a limiter's leftover from a trial once added 10 ms at the start."""
    frames = sum(chunk["frame_count"] for chunk in _manifest(saved_lossless)["chunks"])
    assert soundfile.info(str(saved_lossless.narration)).frames == frames


def test_chunk_files_hold_the_same_audio_as_the_whole(saved_lossless: SavedNarration) -> None:
    whole, _ = _decoded(saved_lossless.narration)
    joined = np.concatenate([_decoded(path)[0] for path in saved_lossless.chunk_files])
    assert np.array_equal(joined, whole)


def test_transcript_has_one_cue_per_chunk_in_sync(saved: SavedNarration) -> None:
    manifest = _manifest(saved)
    cues = _vtt_cues((saved.folder / "transcript.vtt").read_text(encoding="utf-8"))
    assert len(cues) == len(manifest["chunks"])
    for (start, end, text), chunk in zip(cues, manifest["chunks"], strict=True):
        assert start == pytest.approx(chunk["start_s"], abs=0.001)
        assert end == pytest.approx(chunk["end_s"] - chunk["pause_after_s"], abs=0.002)
        assert text == chunk["text"].replace("&", "&amp;").replace("<", "&lt;")
    samples, rate = _decoded(saved.narration)
    last_pause = manifest["chunks"][-1]["pause_after_s"]
    assert cues[-1][1] + last_pause == pytest.approx(len(samples) / rate, abs=TOLERANCE_S)


def test_srt_matches_the_vtt(saved: SavedNarration) -> None:
    vtt = (saved.folder / "transcript.vtt").read_text(encoding="utf-8")
    srt = (saved.folder / "transcript.srt").read_text(encoding="utf-8")
    timings = re.findall(r"\d\d:\d\d:\d\d[.,]\d{3} --> \d\d:\d\d:\d\d[.,]\d{3}", srt)
    assert [t.replace(",", ".") for t in timings] == re.findall(r"\S+ --> \S+", vtt)
    assert srt.startswith("1\n00:00:00,000 --> ")


def test_playlist_lists_every_chunk_file_in_order(saved: SavedNarration) -> None:
    lines = (saved.folder / "playlist.m3u").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#EXTM3U"
    files = [line for line in lines if line and not line.startswith("#")]
    assert files == [path.name for path in saved.chunk_files]
    assert all((saved.folder / name).is_file() for name in files)
    infos = [line for line in lines if line.startswith("#EXTINF:")]
    assert len(infos) == len(files)
    seconds = [int(line.split(":", 1)[1].split(",", 1)[0]) for line in infos]
    total = sum(seconds)
    assert saved.duration_s <= total <= saved.duration_s + len(files)
    texts = [line.split(",", 1)[1] for line in infos]
    assert texts[0] == _manifest(saved)["title"]
    assert texts == [c["text"][:120] if len(c["text"]) <= 120 else texts[n]
                     for n, c in enumerate(_manifest(saved)["chunks"])]  # fmt: skip
    assert all(len(text) <= 120 for text in texts)


def test_chapters_in_the_manifest(saved: SavedNarration) -> None:
    manifest = _manifest(saved)
    chapters = manifest["chapters"]
    assert [c["title"] for c in chapters] == [manifest["title"], "RETALIATION"]
    for chapter in chapters:
        first = manifest["chunks"][chapter["first_chunk"]]
        assert chapter["start_s"] == first["start_s"]
    assert chapters[-1]["end_s"] == manifest["duration_s"]


def test_chapters_and_tags_in_the_file(saved: SavedNarration) -> None:
    chapters = _manifest(saved)["chapters"]
    if saved.narration.suffix in (".mp3", ".wav"):
        tags = ID3(saved.narration) if saved.narration.suffix == ".mp3" else _wav_id3(saved)
        chaps = sorted(tags.getall("CHAP"), key=lambda frame: frame.start_time)
        assert [frame.sub_frames["TIT2"].text[0] for frame in chaps] == [
            c["title"] for c in chapters
        ]
        assert [frame.start_time for frame in chaps] == [
            round(c["start_s"] * 1000) for c in chapters
        ]
        toc = tags.getall("CTOC")[0]
        assert list(toc.child_element_ids) == [frame.element_id for frame in chaps]
        assert tags["TPE1"].text == ["Dmitry Antonov and Guy Faulconbridge"]
        assert tags["TCON"].text == ["Speech"]
        assert str(tags["TIT2"]).startswith("Russia vows retaliation")
        assert tags["TALB"].text == [SEED.name]
        comments = {frame.desc: frame.text[0] for frame in tags.getall("COMM")}
        assert comments[""] == SEED.name  # the file's name, never the local path
        assert "175 words per minute" in comments["narrator"]
    else:
        comments = mutagen.File(saved.narration).tags
        assert comments["CHAPTER001"] == ["00:00:00.000"]
        assert comments["CHAPTER002NAME"] == ["RETALIATION"]
        start = chapters[1]["start_s"]
        expected = f"00:0{int(start // 60)}:{start % 60:06.3f}"
        assert comments["CHAPTER002"] == [expected]
        assert comments["ARTIST"] == ["Dmitry Antonov and Guy Faulconbridge"]
        assert comments["GENRE"] == ["Speech"]
        assert comments["ALBUM"] == [SEED.name]
        assert comments["COMMENT"][0] == SEED.name
        assert "175 words per minute" in comments["COMMENT"][1]
        assert comments["DATE"][0]


def _wav_id3(saved: SavedNarration) -> Any:
    from mutagen.wave import WAVE

    return WAVE(saved.narration).tags


def test_mp3_is_64_kbits_mono_with_a_gapless_header(saved_mp3: SavedNarration) -> None:
    saved = saved_mp3
    info = mutagen.File(saved.narration).info
    assert info.channels == 1
    assert round(info.bitrate / 1000) == 64
    assert info.encoder_info.startswith("LAME")
    assert info.length == pytest.approx(saved.duration_s, abs=TOLERANCE_S)


def test_the_wav_default_keeps_the_engine_format(saved_wav: SavedNarration) -> None:
    with wave.open(str(saved_wav.narration)) as audio:
        assert (audio.getnchannels(), audio.getsampwidth(), audio.getframerate()) == (1, 2, 22050)
        assert audio.getnframes() / audio.getframerate() == pytest.approx(saved_wav.duration_s)


_MAX_SHIFT_S = 0.25


def _shifts(
    samples: np.ndarray, chunks: list[dict[str, Any]], reference: SavedNarration
) -> list[float]:
    """Seconds by which each chunk's audio (cut at its cue times from `samples`) lies later than
    the same chunk of the `reference` narration: the lag that best lines their waveforms up.
    Unlike a level threshold, it does not move when a chunk is limited harder."""
    lossless, rate = _decoded(reference.narration)
    shifts = []
    for chunk, ref in zip(chunks, _manifest(reference)["chunks"], strict=True):
        ours = samples[round(chunk["start_s"] * rate) : round(chunk["end_s"] * rate)]
        theirs = lossless[round(ref["start_s"] * rate) : round(ref["end_s"] * rate)]
        lags = signal.correlation_lags(len(ours), len(theirs))
        near = np.abs(lags) <= _MAX_SHIFT_S * rate
        fit = signal.correlate(ours, theirs, method="fft")[near]
        shifts.append(lags[near][np.argmax(fit)] / rate)
    return shifts


def test_speech_is_in_sync_with_the_lossless_narration(
    saved: SavedNarration, saved_wav: SavedNarration
) -> None:
    """What a player decodes is in sync with the cue times: every chunk's audio lines up with
    the same chunk of the WAV (no encoder delay, no moved cue), within 20 ms."""
    chunks = _manifest(saved)["chunks"]
    shifts = _shifts(_decoded(saved.narration)[0], chunks, saved_wav)
    assert len(shifts) >= 15
    assert max(abs(shift) for shift in shifts) < TOLERANCE_S


@pytest.mark.parametrize("shift_s", [0.020, -0.020])
def test_the_sync_check_sees_a_20_ms_shift(saved_wav: SavedNarration, shift_s: float) -> None:
    """The check above would fail on audio 20 ms late or early against its cues."""
    samples, rate = _decoded(saved_wav.narration)
    frames = round(shift_s * rate)
    moved = np.concatenate([np.zeros(frames), samples]) if frames > 0 else samples[-frames:]
    shifts = _shifts(moved, _manifest(saved_wav)["chunks"], saved_wav)
    assert all(shift == pytest.approx(shift_s, abs=1 / rate) for shift in shifts)


def test_an_article_without_headings_is_one_chapter(tmp_path: Path, fake_engine: Any) -> None:
    article = tmp_path / "plain.txt"
    article.write_text("A plain title\n\nOne paragraph. Another sentence.\n\nA second paragraph.\n")
    saved = save(str(article), NarrationConfig(audio_format="mp3"), tmp_path, fake_engine)
    chaps = ID3(saved.narration).getall("CHAP")
    assert [(c.start_time, c.sub_frames["TIT2"].text[0]) for c in chaps] == [(0, "A plain title")]
    assert [c.title for c in saved.chapters] == ["A plain title"]


def test_loudness_off_keeps_the_engine_samples(tmp_path: Path, fake_engine: Any) -> None:
    saved = save(str(SEED), NarrationConfig(loudness_lufs=None), tmp_path, fake_engine)
    first, rate = soundfile.read(saved.chunk_files[0], dtype="int16")
    tone = np.round(8000 * np.sin(np.arange(len(first)) / 5)).astype(np.int16)
    speech = round(len(fake_engine.saved[0]) * 0.01 * rate)
    assert np.array_equal(first[:speech], np.trunc(8000 * np.sin(np.arange(speech) / 5)))
    assert not np.any(first[speech:])
    assert tone.any()
    assert _manifest(saved)["loudness"] is None


def test_an_untitled_section_after_a_rule_is_a_numbered_part(
    tmp_path: Path, fake_engine: Any
) -> None:
    post = tmp_path / "post.md"
    post.write_text("# Night trains\n\nOpening.\n\n## Tickets\n\nBuy early.\n\n---\n\nAfter.\n")
    saved = save(str(post), NarrationConfig(loudness_lufs=None), tmp_path / "out", fake_engine)
    assert [c.title for c in saved.chapters] == ["Night trains", "Tickets", "Part 3"]


def test_an_mp3_decoded_block_by_block_is_the_mp3_decoded_whole(
    saved_mp3: SavedNarration, capfd: pytest.CaptureFixture[str]
) -> None:
    """A block read must not make mpg123 seek, which loses its bit reservoir: it then prints
    hundreds of errors ("part2_3_length too large") on the listener's terminal."""
    whole, _ = _decoded(saved_mp3.narration)
    capfd.readouterr()
    blocks = np.concatenate(list(decoded_blocks(saved_mp3.narration, 4096)))
    assert capfd.readouterr().err == ""
    assert len(blocks) == len(whole)
    assert np.abs(blocks - whole).max() < 1e-6
