"""Issue 20 ("Also"): `save folder/` goes on past the files it cannot read, names each one,
and exits non-zero at the end."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from narrator.cli import main

STORY = "{title}\n\nThe ferry left the harbour at dawn. It came back before noon.\n"


def test_a_folder_goes_on_past_unreadable_files(tmp_path: Path) -> None:
    # Before: the first unreadable file stopped the batch; the later articles were not saved.
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a-binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "b-first.txt").write_text(STORY.format(title="First story"))
    (folder / "c-empty.md").write_text("  \n")
    (folder / "d-second.txt").write_text(STORY.format(title="Second story"))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["save", str(folder), "-o", str(out), "-j", "1"])
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"warning: skipped: '{folder / 'a-binary.txt'}' is not a text file; give an article in "
        "plain text, Markdown or HTML",
        f"warning: skipped: '{folder / 'c-empty.md'}' is empty; give a file that holds an article",
    ]
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["first-story", "second-story"]
    assert all((out / name / "manifest.json").is_file() for name in ("first-story", "second-story"))


def test_a_folder_of_readable_files_still_exits_zero(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "first.txt").write_text(STORY.format(title="First story"))
    result = CliRunner().invoke(main, ["save", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
