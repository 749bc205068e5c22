"""Issue 20, "also": `plan` counts chunks and sections from 1 like `speak`; a voice can be
given by the language `narrator voices` lists, and `plan` refuses an unknown voice like
`save`; `speak` without a terminal shows its progress one line at a time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CaptureDevice

from narrator.cli import main

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "Numbers\n\nFirst paragraph.\n\n## Second section\n\nSecond paragraph.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_plan_counts_from_one_as_speak_and_from_section_do(article: Path) -> None:
    code, output = run("plan", str(article))
    assert code == 0, output
    headings = [line for line in output.splitlines() if line.startswith("[")]
    assert headings[0].startswith("[1] section 1, title")
    heading = next(line for line in headings if "heading" in line)
    number, section = heading.split("]")[0][1:], heading.split("section ")[1].split(",")[0]
    assert section == "2"
    # --from-chunk takes the number plan shows, and starts on that very chunk
    from narrator import pipeline

    narration = pipeline.plan(str(article))
    assert narration.chunks[int(number) - 1].text == "Second section"


def test_a_voice_given_by_its_language_is_accepted(tmp_path: Path, article: Path) -> None:
    code, listed = run("voices")
    assert code == 0
    assert any(line.split("\t")[-1] == "en-us" for line in listed.splitlines())
    code, output = run("save", str(article), "-o", str(tmp_path / "out"), "--voice", "en-us")
    assert code == 0, output


@pytest.mark.parametrize("command", ["plan", "save"])
def test_an_unknown_voice_is_refused_by_plan_as_by_save(
    tmp_path: Path, article: Path, command: str
) -> None:
    extra = ["-o", str(tmp_path / "out")] if command == "save" else []
    code, output = run(command, str(article), "--voice", "nosuch", *extra)
    assert code == 1
    assert output.endswith(
        "Error: unknown voice 'nosuch'; run 'narrator voices' to list the voices\n"
    )


def test_speak_without_a_terminal_writes_a_line_per_chunk(
    article: Path, capture_device: CaptureDevice
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
    lines = result.stdout.decode().splitlines()
    assert "\r" not in result.stdout.decode()
    assert lines == [f"chunk {n}/{len(lines)}" for n in range(1, len(lines) + 1)]
    assert len(lines) >= 4
