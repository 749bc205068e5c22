"""`narrator speak` without a terminal: start points, bookmarks through the CLI, bad input; and
the key parser and display."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CaptureDevice
from listening_helpers import ARTICLE, ROOT

from narrator import pipeline
from narrator.cli import main
from narrator.models import NarrationConfig, Plan
from narrator.player import bookmarks
from narrator.player.display import Status, render
from narrator.player.terminal import Key, parse_keys


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NARRATOR_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("NARRATOR_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path / "state" / "bookmarks"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE)
    return path


@pytest.fixture
def narration(article: Path) -> Plan:
    return pipeline.plan(str(article), NarrationConfig())


def _speak(*args: str) -> tuple[int, str, str, list[int]]:
    """Exit code, stdout, stderr and the chunk numbers the progress line showed (pauses are
    waited in real time: these runs keep them short)."""
    quick = ["--pause-paragraph", "0", "--pause-section", "0"]
    result = CliRunner().invoke(main, ["speak", *args, *quick])
    shown = [int(n) for n in re.findall(r"chunk (\d+)/", result.stdout)]
    return result.exit_code, result.stdout, result.stderr, shown


def test_without_a_terminal_speak_plays_straight_through(
    article: Path, capture_device: CaptureDevice, narration: Plan, user_folders: Path
) -> None:
    code, out, err, shown = _speak(str(article))
    assert (code, err) == (0, "")
    assert shown == list(range(1, len(narration.chunks) + 1))
    assert out.endswith(f"chunk {len(narration.chunks)}/{len(narration.chunks)}\n")
    assert capture_device.played_bytes() > 0
    assert not list(user_folders.glob("*.json"))


def test_speak_with_stdin_not_a_terminal_exits_zero(
    article: Path, capture_device: CaptureDevice, narration: Plan
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "narrator", "speak", str(article), "--pause-section", "0"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    total = len(narration.chunks)
    progress = result.stdout.decode()
    assert progress == "".join(f"chunk {n}/{total}\n" for n in range(1, total + 1))


def test_from_chunk_starts_there(article: Path, capture_device: CaptureDevice) -> None:
    code, _, _, shown = _speak(str(article), "--from-chunk", "7")
    assert code == 0
    assert shown[0] == 7


@pytest.mark.parametrize("section", ["3", "the money", "MONEY"])
def test_from_section_by_number_or_title(
    article: Path, capture_device: CaptureDevice, narration: Plan, section: str
) -> None:
    code, _, _, shown = _speak(str(article), "--from-section", section)
    assert code == 0
    assert shown[0] == narration.sections[2].first_chunk + 1


SECTIONS = 'the sections are: 1 (no heading), 2 "THE PLAN", 3 "THE MONEY"'


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from-section", "4"], f"there is no section 4; {SECTIONS}"),
        (["--from-section", "weather"], f"no section is titled 'weather'; {SECTIONS}"),
        (["--from-section", "THE"], f"several sections match 'THE'; {SECTIONS}"),
        (["--from-chunk", "99"], "there is no chunk 99: the article has chunks 1 to 10"),
    ],
)
def test_a_start_that_does_not_exist_fails_clearly(
    article: Path, capture_device: CaptureDevice, args: list[str], message: str
) -> None:
    code, out, err, _ = _speak(str(article), *args)
    assert (code, out, err) == (1, "", f"Error: {message}\n")
    assert capture_device.played_bytes() == 0


def test_only_one_start_option(article: Path) -> None:
    code, _, err, _ = _speak(str(article), "--resume", "--from-chunk", "2")
    assert code == 2
    assert err.endswith("Error: use only one of --resume, --from-section and --from-chunk\n")


def test_from_chunk_zero_is_a_usage_error(article: Path) -> None:
    code, _, err, _ = _speak(str(article), "--from-chunk", "0")
    assert code == 2
    assert "Invalid value for '--from-chunk': 0 is not in the range x>=1." in err


def test_resume_continues_from_the_bookmark_and_clears_it_at_the_end(
    article: Path, capture_device: CaptureDevice, narration: Plan, user_folders: Path
) -> None:
    bookmarks.save(narration, 5)
    assert len(list(user_folders.glob("*.json"))) == 1
    code, _, err, shown = _speak(str(article), "--resume")
    assert (code, err) == (0, "")
    assert shown[0] == 6
    assert not list(user_folders.glob("*.json"))


def test_resume_without_a_bookmark_starts_at_the_beginning(
    article: Path, capture_device: CaptureDevice
) -> None:
    code, _, err, shown = _speak(str(article), "--resume")
    assert code == 0
    assert err == "warning: no bookmark for this article: starting at the beginning\n"
    assert shown[0] == 1


def test_resume_of_a_changed_article_finds_the_same_chunk(
    article: Path, capture_device: CaptureDevice, narration: Plan
) -> None:
    bookmarks.save(narration, 6)  # "Engineers will build a new wall ..."
    heard = narration.chunks[6].text
    article.write_text(ARTICLE.replace("By A. Reporter\n", "By A. Reporter\n\nA new line.\n"))
    changed = pipeline.plan(str(article), NarrationConfig())
    code, _, err, shown = _speak(str(article), "--resume")
    assert code == 0
    assert changed.chunks[shown[0] - 1].text == heard
    assert shown[0] == 8
    assert err == (
        "warning: the article changed since it was bookmarked: resuming at the nearest "
        f"matching chunk, 8/{len(changed.chunks)}\n"
    )


def test_a_corrupt_bookmark_is_ignored_with_a_warning(
    article: Path, capture_device: CaptureDevice, narration: Plan, user_folders: Path
) -> None:
    saved = bookmarks.save(narration, 4)
    saved.write_text("{not json")
    code, _, err, shown = _speak(str(article), "--resume")
    assert code == 0
    assert err == (
        f"warning: ignoring the unreadable bookmark {saved} "
        "(Expecting property name enclosed in double quotes: line 1 column 2 (char 1))\n"
        "warning: no bookmark for this article: starting at the beginning\n"
    )
    assert shown[0] == 1


def test_speak_without_a_sound_device_saves_no_bookmark(
    article: Path, no_audio_device: str, user_folders: Path
) -> None:
    code, _, err, _ = _speak(str(article), "--from-chunk", "3")
    assert code == 1
    assert err == (
        "Error: cannot play audio: no sound device was found; "
        "use 'narrator save' to write audio files instead\n"
    )
    assert not user_folders.exists()


@pytest.mark.parametrize(
    ("typed", "keys"),
    [
        (" ", [Key.PAUSE]),
        ("nNp", [Key.NEXT, Key.NEXT, Key.PREVIOUS]),
        ("\x1b[C\x1b[D", [Key.NEXT, Key.PREVIOUS]),
        ("\x1bOC", [Key.NEXT]),
        ("][", [Key.NEXT_SECTION, Key.PREVIOUS_SECTION]),
        ("+=-", [Key.FASTER, Key.FASTER, Key.SLOWER]),
        ("q", [Key.QUIT]),
        ("\x1b[A\x1b[B", []),  # up and down mean nothing
        ("x\x1b", []),
    ],
)
def test_parse_keys(typed: str, keys: list[Key]) -> None:
    assert parse_keys(typed) == keys


def test_display_shows_title_section_chunk_times_rate_and_text() -> None:
    status = Status(
        title="Harbour town rebuilds its old sea wall",
        section=2,
        sections=3,
        heading="THE PLAN",
        chunk=7,
        chunks=10,
        elapsed_s=61.6,
        remaining_s=58.6,
        rate_wpm=193,
        paused=True,
        text="A temporary breakwater will protect the boats while the work goes on.",
    )
    assert render(status, 50, with_help=True) == [
        "Harbour town rebuilds its old sea wall",
        "section 2/3: THE PLAN",
        "chunk 7/10  1:01 elapsed  0:59 left  193 wpm  [paused]",
        "",
        "  A temporary breakwater will protect the boats",
        "  while the work goes on.",
        "",
        "space pause | n/-> next | p/<- back | ]/[ section | +/- rate | q quit",
    ]


def test_bookmark_file_records_source_and_text(narration: Plan, article: Path) -> None:
    saved = bookmarks.save(narration, 3)
    data = json.loads(saved.read_text())
    assert data["source"] == str(article.resolve())
    assert data["text"] == narration.chunks[3].text
    assert data["chunks"] == len(narration.chunks)
