"""Issue 20, items 3, 4, 5, 17, 18 (a symlinked folder), 19 and stale staging folders: what
`save` writes, and where, through the command line with espeak-ng."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator import NarrationConfig, save, save_many
from narrator.audio.chunk_reuse import read_chunk_file
from narrator.cli import main
from narrator.models import SavedNarration

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.output


def article(folder: Path, name: str, title: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("title", ["007", "100", "911", "1"])
@pytest.mark.parametrize("audio_format", ["wav", "mp3"])
def test_a_title_like_a_chunk_name_never_overwrites_a_chunk(
    tmp_path: Path, title: str, audio_format: str
) -> None:
    source = article(tmp_path, "a.txt", title, "One. " * 30 + "\n\nTwo.\n\nThree.")
    code, output = run("save", str(source), "-o", str(tmp_path / "out"), "--format", audio_format)
    assert code == 0, output
    folder = tmp_path / "out" / title
    manifest = json.loads((folder / "manifest.json").read_text())
    chunk_files = {chunk["file"] for chunk in manifest["chunks"]}
    assert manifest["file"] == f"narration-{title}.{audio_format}"
    assert manifest["file"] not in chunk_files
    assert f"narration-{title}.{audio_format}  (the whole narration)" in output
    sizes = {(folder / name).stat().st_size for name in chunk_files}
    assert (folder / manifest["file"]).stat().st_size > max(sizes)


def test_concurrent_saves_of_two_articles_with_one_title_keep_both(tmp_path: Path) -> None:
    sources = [
        article(tmp_path, f"{n}.txt", "Same title", f"Article number {n}. " * 20) for n in range(3)
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "narrator", "save", "-o", str(tmp_path / "out")]
    processes = [
        subprocess.Popen([*command, str(source)], env=env, stdout=subprocess.PIPE)
        for source in sources
    ]
    assert [process.wait(timeout=240) for process in processes] == [0, 0, 0]
    folders = sorted(p.name for p in (tmp_path / "out").iterdir() if p.is_dir())
    assert folders == ["same-title", "same-title-2", "same-title-3"]
    sources_saved = {
        json.loads((tmp_path / "out" / name / "manifest.json").read_text())["source"]
        for name in folders
    }
    assert sources_saved == {"0.txt", "1.txt", "2.txt"}


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Война и мир", "voyna-i-mir"),
        ("中文标题", "zhong-wen-biao-ti"),
        ("مرحبا بالعالم", "mrhb-bl-lm"),
        ("Straße in Köln", "strasse-in-koln"),
    ],
)
def test_a_non_latin_title_gets_a_readable_folder(tmp_path: Path, title: str, slug: str) -> None:
    source = article(tmp_path, "a.txt", title, "Hello there.")
    code, output = run("save", str(source), "-o", str(tmp_path / "out"))
    assert code == 0, output
    assert (tmp_path / "out" / slug / "manifest.json").is_file()


def test_two_articles_from_stdin_with_one_title_both_stay(tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    for body in ("The first one.", "The second one.", "The first one."):
        code, output = run(
            "save", "-", "-o", out, "--input-format", "text", stdin=f"Piped\n\n{body}\n"
        )
        assert code == 0, output
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.is_dir()) == [
        "piped",
        "piped-2",
    ]


def test_no_local_path_is_stored_in_the_files(tmp_path: Path) -> None:
    folder_name = "private-user-folder"
    (tmp_path / folder_name).mkdir()
    source = article(tmp_path / folder_name, "notes.txt", "Notes", "Hello there.")
    for audio_format in ("wav", "mp3", "ogg", "flac"):
        out = tmp_path / f"out-{audio_format}"
        code, output = run("save", str(source), "-o", str(out), "--format", audio_format)
        assert code == 0, output
        for path in (out / "notes").iterdir():
            assert folder_name.encode() not in path.read_bytes(), path
        manifest = json.loads((out / "notes" / "manifest.json").read_text())
        assert manifest["source"] == "notes.txt"


def test_a_damaged_cache_entry_is_repaired_not_reported_up_to_date(tmp_path: Path) -> None:
    source = article(tmp_path, "a.txt", "Damage", "A sentence to keep. " * 8)
    out = str(tmp_path / "out")
    assert run("save", str(source), "-o", out, "--loudness", "off")[0] == 0
    folder = tmp_path / "out" / "damage"
    chunk = folder / "002.wav"
    # Cutting the cache entry cuts the narration's file: they are one file (a hard link).
    chunk.chmod(0o644)
    os.truncate(chunk, chunk.stat().st_size // 2)
    code, output = run("save", str(source), "-o", out, "--loudness", "off")
    assert code == 0, output
    for path in sorted(folder.glob("0*.wav")):
        assert read_chunk_file(path) is not None, path


def test_editing_a_narration_in_place_cannot_reach_another(tmp_path: Path) -> None:
    first = article(tmp_path, "a.txt", "First", "Shared words here.")
    second = article(tmp_path, "b.txt", "Second", "Shared words here.")
    out = str(tmp_path / "out")
    for source in (first, second):
        assert run("save", str(source), "-o", out, "--loudness", "off")[0] == 0
    shared = tmp_path / "out" / "first" / "002.wav"
    assert shared.stat().st_mode & 0o222 == 0  # read-only: it may be the cache's entry
    shared.chmod(0o644)  # a user who insists (or root, who ignores the mode)
    with open(shared, "r+b") as damaged:
        damaged.seek(100)
        damaged.write(b"\x7f" * 400)
    code, output = run("save", str(second), "-o", out, "--loudness", "off")
    assert code == 0, output
    assert read_chunk_file(tmp_path / "out" / "second" / "002.wav") is not None


def test_past_999_chunks_the_names_keep_sorting(tmp_path: Path, fake_engine: object) -> None:
    text = "\n\n".join(f"Paragraph {n}." for n in range(1, 1006))
    source = article(tmp_path, "long.txt", "Long", text)
    saved = save(source, NarrationConfig(loudness_lufs=None), tmp_path, fake_engine)  # type: ignore[arg-type]
    names = [path.name for path in saved.chunk_files]
    assert len(names) > 1000
    assert names == sorted(names)
    assert names[0] == "0001.wav"
    assert {len(name) for name in names} == {8}


def test_a_symlinked_folder_is_saved_into(tmp_path: Path) -> None:
    source = article(tmp_path, "a.txt", "Linked", "Hello there.")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "linked").symlink_to(tmp_path / "elsewhere")
    for _ in range(2):
        code, output = run("save", str(source), "-o", str(tmp_path / "out"))
        assert code == 0, output
        assert "Error" not in output
    assert (tmp_path / "out" / "linked").is_symlink()
    assert (tmp_path / "elsewhere" / "manifest.json").is_file()


def test_a_stale_staging_folder_of_another_article_is_cleaned(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    dead = out / f".hung-up-article.{gone.pid}.abc123.tmp"
    old = out / f".old-article.{os.getppid()}.def456.tmp"
    alive = out / f".running-article.{os.getppid()}.ghi789.tmp"
    for staging in (dead, old, alive):
        staging.mkdir()
        (staging / "001.wav").write_bytes(b"x" * 1000)
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    source = article(tmp_path, "a.txt", "Fresh", "Hello there.")
    code, output = run("save", str(source), "-o", str(out))
    assert code == 0, output
    assert not dead.exists()
    assert alive.exists()
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [alive.name]


def test_a_folder_reserved_by_a_killed_save_is_taken_back(tmp_path: Path) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    out = tmp_path / "out"
    out.mkdir()
    (out / ".reserved-taken-back").write_text(f"file:0123\n{gone.pid}\n")  # another article's
    (out / ".reserved-left-over").write_text(f"file:4567\n{gone.pid}\n")
    source = article(tmp_path, "a.txt", "Taken back", "Hello there.")
    code, output = run("save", str(source), "-o", str(out))
    assert code == 0, output
    assert (out / "taken-back" / "manifest.json").is_file()
    assert not (out / "taken-back-2").exists()
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


def test_a_name_reserved_by_a_running_save_is_not_taken(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / ".reserved-busy").write_text(f"file:0123\n{os.getppid()}\n")  # alive, another article
    source = article(tmp_path, "a.txt", "Busy", "Hello there.")
    code, output = run("save", str(source), "-o", str(out))
    assert code == 0, output
    assert (out / "busy-2" / "manifest.json").is_file()
    assert not (out / "busy").exists()
    assert (out / ".reserved-busy").exists()


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("https://user:secret@example.org/a/b?page=2", "https://example.org/a/b?page=2"),
        ("http://example.org:8080/post", "http://example.org:8080/post"),
        ("/home/someone/private/notes.md", "notes.md"),
        ("-", "-"),
    ],
)
def test_the_source_a_shared_narration_tells(source: str, shown: str) -> None:
    from narrator.audio.manifest import public_source

    assert public_source(source) == shown


def test_a_batch_stopped_right_after_reserving_a_folder_leaves_no_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import narrator.pipeline.compose as compose

    keys = compose._render_key

    def stopped_on_the_second(*args: object) -> str:
        if any(getattr(a, "title", "") == "Second" for a in args):
            raise KeyboardInterrupt  # Ctrl-C between reserving "second" and writing it
        return keys(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(compose, "_render_key", stopped_on_the_second)
    sources = [
        article(tmp_path, f"{n}.txt", n.title(), "Hello there.") for n in ("first", "second")
    ]
    out = tmp_path / "out"
    saved: list[SavedNarration] = []
    with pytest.raises(KeyboardInterrupt):
        saved.extend(save_many(sources, NarrationConfig(loudness_lufs=None), out))
    assert [s.folder.name for s in saved] == ["first"]
    assert sorted(p.name for p in out.iterdir()) == ["first"]


def test_the_same_file_twice_in_a_batch_leaves_no_note(tmp_path: Path) -> None:
    source = article(tmp_path, "a.txt", "Twice", "Hello there.")
    out = tmp_path / "out"
    code, output = run("save", str(source), str(source), "-o", str(out))
    assert code == 0, output
    assert sorted(p.name for p in out.iterdir()) == ["feed.xml", "twice"]
