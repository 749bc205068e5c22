"""Saving safely: interrupted saves, a full disk, bad output paths, missing encoders, slugs."""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from narrator import NarrationConfig, save
from narrator.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "reuters-atacms-crimea.txt"
SLUG = "russia-vows-retaliation-against-us-for-ukraines-atacms"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def _long_article(tmp_path: Path, copies: int) -> Path:
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    article = tmp_path / "long.txt"
    article.write_text(title + "\n" + body * copies, encoding="utf-8")
    return article


def _wait_for(predicate: Any, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def _staging(root: Path) -> list[Path]:
    return [p for p in root.iterdir() if p.name.startswith(f".{SLUG}.")] if root.exists() else []


def _chunks_made(root: Path) -> int:
    """How many chunks a running save has made: staged as raw WAV (MP3, Ogg), or stored as
    speech in the chunk cache, where a WAV at a loudness is written from (no staged copy)."""
    staged = sum(len(list(s.glob("*/0*.raw.wav"))) for s in _staging(root))
    stored = len(list(Path(os.environ["NARRATOR_CACHE_DIR"]).rglob("*.wav")))
    return staged + stored


def _start_save(article: Path, root: Path, audio_format: str = "wav") -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = ["save", str(article), "-o", str(root), "--format", audio_format]
    return subprocess.Popen(
        [sys.executable, "-m", "narrator", *command],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _kill_mid_way(
    article: Path, root: Path, how: signal.Signals, audio_format: str = "wav"
) -> subprocess.Popen[bytes]:
    process = _start_save(article, root, audio_format)
    _wait_for(lambda: _staging(root) and _chunks_made(root) > 5)
    process.send_signal(how)
    process.wait(timeout=30)
    return process


@pytest.mark.parametrize(
    ("how", "audio_format"),
    [(signal.SIGKILL, "mp3"), (signal.SIGINT, "wav"), (signal.SIGTERM, "ogg")],
)
def test_a_killed_save_leaves_no_partial_output_and_a_rerun_completes(
    tmp_path: Path, how: signal.Signals, audio_format: str
) -> None:
    article = _long_article(tmp_path, 4)
    root = tmp_path / "audio"
    process = _kill_mid_way(article, root, how, audio_format)
    assert process.returncode != 0
    assert not (root / SLUG).exists()
    leftovers = _staging(root)
    # SIGINT and SIGTERM clean up on the way out; SIGKILL cannot, and leaves a hidden staging
    # folder that the next save of the article removes.
    assert (len(leftovers) == 1) if how is signal.SIGKILL else (leftovers == [])
    code, output = _run("save", str(article), "-o", str(root), "--format", audio_format)
    assert code == 0, output
    assert sorted(p.name for p in root.iterdir() if p.is_dir()) == [SLUG]
    manifest = json.loads((root / SLUG / "manifest.json").read_text())
    assert all((root / SLUG / c["file"]).stat().st_size > 0 for c in manifest["chunks"])


def test_a_killed_second_save_keeps_the_first_complete(tmp_path: Path) -> None:
    article = _long_article(tmp_path, 4)
    root = tmp_path / "audio"
    first = save(str(article), NarrationConfig(loudness_lufs=None), root)
    before = {p.name: p.stat().st_size for p in first.folder.iterdir()}
    _kill_mid_way(article, root, signal.SIGKILL)
    assert {p.name: p.stat().st_size for p in first.folder.iterdir()} == before


def test_a_running_save_keeps_its_staging_folder(tmp_path: Path, fake_engine: Any) -> None:
    from narrator.audio.folders import remove_abandoned_staging

    root = tmp_path / "audio"
    process = _start_save(_long_article(tmp_path, 4), root)
    try:
        _wait_for(lambda: bool(_staging(root)))
        assert remove_abandoned_staging(root / SLUG) == []
        assert _staging(root)
    finally:
        process.kill()
        process.wait()
    assert remove_abandoned_staging(root / SLUG) == _staging(root) or not _staging(root)
    assert _staging(root) == []


DISK_FULL = (
    "Error: the disk is full: cannot write the narration to '{folder}'; nothing was saved; "
    "free some space or choose another folder with -o\n"
)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


@pytest.mark.parametrize("audio_format", ["mp3", "wav"])
def test_a_full_disk_is_a_clear_error_leaving_nothing(tiny_disk: Path, audio_format: str) -> None:
    code, output = _run("save", str(SEED), "-o", str(tiny_disk), "--format", audio_format)
    assert (code, output) == (1, DISK_FULL.format(folder=tiny_disk / SLUG))
    assert list(tiny_disk.iterdir()) == []


def test_a_write_that_fails_mid_way_is_a_clear_error_leaving_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from narrator.audio import codecs as encoding

    # The checked file guards libsndfile's writes: its encoder, the fallback, is the one asked.
    monkeypatch.setattr(encoding, "lame_available", lambda: False)
    writes = {"count": 0}
    real_write = encoding._CheckedFile.write

    def failing_write(self: Any, data: bytes) -> int:
        writes["count"] += 1
        if writes["count"] > 200:
            self._file.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, data)

    # Raise inside the real file's write, so that the checked file sees a genuine OSError.
    monkeypatch.setattr(
        encoding._CheckedFile,
        "write",
        lambda self, data: _capture(self, failing_write, data),
    )
    opened: list[Any] = []
    real_init = encoding._CheckedFile.__init__

    def init(self: Any, path: Path) -> None:
        real_init(self, path)
        opened.append(self)

    monkeypatch.setattr(encoding._CheckedFile, "__init__", init)
    root = tmp_path / "audio"
    code, output = _run("save", str(SEED), "-o", str(root), "--format", "mp3")
    assert (code, output) == (1, DISK_FULL.format(folder=root / SLUG))
    assert writes["count"] > 200
    assert list(root.iterdir()) == []
    # Every file is closed, the chunk file being written too: one left to the garbage
    # collector is finished by libsndfile through a closed file ('seek of closed file').
    assert opened
    assert [checked for checked in opened if not checked._file.closed] == []


def test_an_mp3_write_by_lame_that_fails_mid_way_is_a_clear_error_leaving_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from narrator.audio import lame

    writes = {"count": 0}
    real_init = lame.LameFile.__init__

    class FailingFile:
        def __init__(self, file: Any) -> None:
            self._file = file

        def write(self, data: bytes) -> int:
            writes["count"] += 1
            if writes["count"] > 8:  # the whole only, a segment at a time: chunks are cut from it
                self._file.write(data[: len(data) // 2])
                raise OSError(errno.ENOSPC, "No space left on device")
            return int(self._file.write(data))

        def __getattr__(self, name: str) -> Any:
            return getattr(self._file, name)

    def init(self: Any, *args: Any) -> None:
        real_init(self, *args)
        self._file = FailingFile(self._file)

    monkeypatch.setattr(lame.LameFile, "__init__", init)
    root = tmp_path / "audio"
    code, output = _run("save", str(SEED), "-o", str(root), "--format", "mp3")
    assert (code, output) == (1, DISK_FULL.format(folder=root / SLUG))
    assert writes["count"] > 8
    assert list(root.iterdir()) == []


def _capture(checked: Any, write: Any, data: bytes) -> int:
    try:
        return int(write(checked, data))
    except OSError as error:
        checked.error = checked.error or error
        return 0


def test_an_output_path_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    code, output = _run("save", str(SEED), "-o", str(target))
    assert code == 2
    assert output.endswith(
        f"Error: Invalid value for '-o' / '--output': Directory '{target}' is a file.\n"
    )
    assert target.read_text() == "mine"


def test_an_output_path_inside_a_file_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    code, output = _run("save", str(SEED), "-o", str(target / "audio"))
    assert (code, output) == (
        1,
        f"Error: cannot write to '{target / 'audio'}' (Not a directory); "
        "choose another folder with -o\n",
    )
    assert target.read_text() == "mine"


def test_a_narration_folder_that_is_a_file_is_refused(tmp_path: Path, fake_engine: Any) -> None:
    from narrator.audio.writer import write_narration
    from narrator.errors import AudioOutputError
    from narrator.pipeline import plan, synthesize

    target = tmp_path / SLUG
    target.write_text("mine")
    narration = plan(str(SEED))
    clips = synthesize(narration, NarrationConfig(), fake_engine)
    with pytest.raises(AudioOutputError) as error:
        write_narration(narration, clips, target, NarrationConfig())
    assert str(error.value) == (
        f"cannot write to '{target}': it is a file; choose another folder with -o"
    )
    assert target.read_text() == "mine"
    assert fake_engine.saved == []


def test_an_unknown_format_is_a_usage_error() -> None:
    code, output = _run("save", str(SEED), "--format", "aac")
    assert code == 2
    assert output.endswith(
        "Error: Invalid value for '--format': 'aac' is not one of 'wav', 'mp3', 'ogg', 'flac'.\n"
    )


@pytest.mark.parametrize("value", ["loud", "-60", "0"])
def test_a_bad_loudness_is_a_usage_error(value: str) -> None:
    code, output = _run("save", str(SEED), "--loudness", value)
    assert code == 2
    assert output.endswith(
        f"Error: Invalid value for '--loudness': '{value}' is neither 'off' nor a loudness "
        "from -40 to -5 LUFS\n"
    )


def test_a_missing_encoder_names_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import soundfile

    formats = {k: v for k, v in soundfile.available_formats().items() if k != "MP3"}
    monkeypatch.setattr(soundfile, "available_formats", lambda: formats)
    monkeypatch.setattr(soundfile, "__libsndfile_version__", "1.0.31")
    code, output = _run("save", str(SEED), "-o", str(tmp_path), "--format", "mp3")
    assert (code, output) == (
        1,
        "Error: this platform's libsndfile (1.0.31) cannot write MP3 files; install soundfile "
        "0.12.1 or later, whose wheels bundle libsndfile 1.2 with MP3 and Vorbis "
        "(pip install -U soundfile)\n",
    )
    assert list(tmp_path.iterdir()) == []


def test_a_missing_package_names_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "mutagen", None)
    code, output = _run("save", str(SEED), "-o", str(tmp_path))
    assert (code, output) == (
        1,
        "Error: saving audio needs the Python package 'mutagen'; "
        "install it with: pip install mutagen\n",
    )


def test_two_articles_with_one_title_get_two_folders(tmp_path: Path, fake_engine: Any) -> None:
    other = tmp_path / "copy.txt"
    other.write_text(SEED.read_text(encoding="utf-8").replace("The Kremlin", "Moscow"))
    root = tmp_path / "audio"
    first = save(str(SEED), output_root=root, synthesizer=fake_engine)
    second = save(str(other), output_root=root, synthesizer=fake_engine)
    again = save(str(SEED), output_root=root, synthesizer=fake_engine)
    assert (first.folder.name, second.folder.name) == (SLUG, f"{SLUG}-2")
    assert again.folder == first.folder
    assert json.loads(second.manifest.read_text())["source"] == other.name
    assert sorted(p.name for p in root.iterdir()) == [SLUG, f"{SLUG}-2"]


def test_a_user_folder_with_the_slug_is_left_alone(tmp_path: Path, fake_engine: Any) -> None:
    (tmp_path / SLUG).mkdir()
    (tmp_path / SLUG / "mine.txt").write_text("keep")
    saved = save(str(SEED), output_root=tmp_path, synthesizer=fake_engine)
    assert saved.folder.name == f"{SLUG}-2"
    assert (tmp_path / SLUG / "mine.txt").read_text() == "keep"


def test_the_summary_names_folder_duration_chapters_and_files(tmp_path: Path) -> None:
    code, output = _run("save", str(SEED), "-o", str(tmp_path), "--format", "ogg")
    assert code == 0, output
    folder = tmp_path / SLUG
    manifest = json.loads((folder / "manifest.json").read_text())
    minutes, seconds = divmod(round(manifest["duration_s"]), 60)
    chapter_2 = round(manifest["chapters"][1]["start_s"])
    loudness = re.search(r"\(OGG, (-\d+\.\d) LUFS\)", output)
    assert loudness
    assert float(loudness[1]) == pytest.approx(manifest["loudness"]["integrated_lufs"], abs=0.06)
    assert output == (
        f"{folder}  ({manifest['duration_s']:.1f} s, {len(manifest['chunks'])} chunks)\n"
        f"Duration: {minutes}:{seconds:02d} (OGG, {loudness[1]} LUFS)\n"
        "Chapters:\n"
        f"     0:00  {manifest['title']}\n"
        f"     {chapter_2 // 60}:{chapter_2 % 60:02d}  RETALIATION\n"
        "Files:\n"
        f"  {SLUG}.ogg  (the whole narration)\n"
        f"  001.ogg \u2026 {len(manifest['chunks']):03d}.ogg  ({len(manifest['chunks'])} chunks)\n"
        "  transcript.vtt, transcript.srt, playlist.m3u, manifest.json\n"
        f"Podcast feed: {tmp_path / 'feed.xml'}\n"
    )


_RATE = 16000
_SAMPLES_BYTES_PER_S = 2 * _RATE
"""What a second of the narration's samples takes in 16 bits."""


class _NoiseEngine:
    """A quick stand-in engine: 40 ms of quiet noise with sharp peaks per character, 16 kHz."""

    name = "noise"

    def speak(self, text: str) -> None:
        raise AssertionError("not used")

    def save(self, text: str, path: Path) -> None:
        import numpy as np
        import soundfile

        noise = np.random.default_rng(len(text)).normal(0, 0.02, len(text) * 640)
        noise[::997] = 0.9
        soundfile.write(path, noise, _RATE, subtype="PCM_16")


def _peak_memory_of_save(tmp_path: Path, copies: int, audio_format: str) -> tuple[float, int]:
    folder = tmp_path / str(copies)
    folder.mkdir()
    config = NarrationConfig(audio_format=audio_format)
    tracemalloc.start()
    try:
        saved = save(str(_long_article(folder, copies)), config, folder, _NoiseEngine())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert json.loads(saved.manifest.read_text())["loudness"]["limited"]
    return saved.duration_s, peak


_GROWTH_PER_S = {"wav": 4096, "mp3": _SAMPLES_BYTES_PER_S // 2}
"""The most a save's peak memory may grow per second of narration, by format."""


@pytest.mark.parametrize("audio_format", ["wav", "mp3"])
def test_memory_stays_flat_however_long_the_narration(
    tmp_path: Path, audio_format: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """22 minutes of 16 kHz audio would take 170 MB as one float array, 43 MB as 16-bit
    samples; streaming holds a few blocks at a time, as many for 6 minutes as for 22 (an MP3
    is decoded again, to check its peaks). What may grow with the length is what the narration
    is measured by (4 bytes a 10 ms bin, 16 a 100 ms step) and the peaks the limiter turns
    down. The default save, WAV at -19 LUFS, grows by 1.7 kB a second of this audio, whose
    peaks the limiter turns down 16 times a second, the same in every run once its threads
    are one (see below): its growth is held under 4 kB a second (test_leveled measures the
    bins alone, which held 54 bytes a bin when they were integrated all at once at the end,
    450 MB at the peak for a 17-hour narration). An MP3's, which its decoded check adds to,
    is held under half the samples' own 32 kB a second. The peak itself is bounded only
    loosely (bench/ measures it)."""
    # The peak search's batches and the chunks' writing one at a time: on two threads, their
    # scratch arrays (several MB) meet at the height of one run and not of the next, which no
    # length explains (the WAV's growth was 0.7 to 4 kB a second from run to run).
    from narrator.audio import leveled
    from narrator.audio.loudness import peak_search

    monkeypatch.setattr(peak_search, "_on_two_threads", map)
    monkeypatch.setattr(leveled, "_THREADS", 1)
    _peak_memory_of_save(tmp_path, 1, audio_format)  # imports outside the measurement
    short_s, short_peak = _peak_memory_of_save(tmp_path, 2, audio_format)
    long_s, long_peak = _peak_memory_of_save(tmp_path, 8, audio_format)
    assert short_s > 5 * 60
    assert long_s > 22 * 60
    growth_per_s = (long_peak - short_peak) / (long_s - short_s)
    assert growth_per_s < _GROWTH_PER_S[audio_format], f"{growth_per_s:.0f} bytes a second"
    assert long_peak < 40 * 2**20, "more than a few blocks at a time"
