"""Issue 20, item 1: every read is capped (files, stdin, lexicon, preferences), with a message
that says what to do; reading stops at the limit, so memory stays bounded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator.cli import main

ARTICLE = "A title\n\nThe first paragraph is here. It has two sentences.\n"
TOO_LARGE = (
    "is larger than 1 MB, the input limit; give a smaller article, or raise the limit with "
    "--max-input-mb"
)


def test_an_endless_file_stops_at_the_limit() -> None:
    # Before: `narrator plan /dev/zero` grew until the kernel killed it.
    result = CliRunner().invoke(main, ["plan", "/dev/zero", "--max-input-mb", "1"])
    assert (result.exit_code, result.output) == (1, f"Error: '/dev/zero' {TOO_LARGE}\n")


def test_endless_standard_input_stops_at_the_limit() -> None:
    # A real pipe from /dev/zero, in a real process: it must end on its own, with the message.
    with Path("/dev/zero").open("rb") as zeros:
        done = subprocess.run(
            [sys.executable, "-m", "narrator", "plan", "-", "--max-input-mb", "1"],
            stdin=zeros,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 1
    assert done.stderr == f"Error: the standard input {TOO_LARGE}\n"


def test_the_limit_is_a_preference_and_an_option(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE + ("Another sentence of the body. " * 40_000) + "\n")  # about 1.2 MB
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text("max_input_mb = 1\n")
    env = {"NARRATOR_CONFIG_DIR": str(config)}
    refused = CliRunner(env=env).invoke(main, ["plan", str(big)])
    assert (refused.exit_code, refused.output) == (1, f"Error: '{big}' {TOO_LARGE}\n")
    allowed = CliRunner(env=env).invoke(main, ["plan", "--json", str(big), "--max-input-mb", "2"])
    assert allowed.exit_code == 0, allowed.output


def test_an_oversized_preferences_file_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text("rate = 190\n" + "# padding\n" * 200_000)
    result = CliRunner(env={"NARRATOR_CONFIG_DIR": str(config)}).invoke(main, ["plan", "/dev/null"])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: the config file {config / 'config.toml'} is larger than 1 MB; a preferences "
        "file holds a few lines: check that it is the right file\n"
    )


def test_an_endless_lexicon_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE)
    result = CliRunner().invoke(main, ["plan", str(article), "--lexicon", "/dev/zero"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: /dev/zero: the lexicon is larger than 20 MB; check that it is the right file\n"
    )


@pytest.mark.parametrize("limit", ["0", "nan", "-1"])
def test_the_limit_must_be_a_positive_number(limit: str) -> None:
    result = CliRunner().invoke(main, ["plan", "/dev/null", "--max-input-mb", limit])
    assert result.exit_code == 2
    assert "--max-input-mb" in result.output
