"""Issue 20, items 10 and 13: `speak` with a state folder it cannot write, or a bookmark path
that is a folder, warns and goes on; Ctrl-C still ends it with 130, never a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CaptureDevice

from narrator import pipeline
from narrator.cli import main
from narrator.models import NarrationConfig
from narrator.player import bookmarks

ROOT = Path(__file__).resolve().parents[2]
QUICK = ["--pause-paragraph", "0", "--pause-section", "0"]


def test_speak_to_the_end_with_a_state_folder_that_is_a_file(
    tmp_path: Path, capture_device: CaptureDevice, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = tmp_path / "state"
    state.write_text("not a folder")
    monkeypatch.setenv("NARRATOR_STATE_DIR", str(state))
    article = tmp_path / "a.txt"
    article.write_text("Short\n\nJust one line.\n")
    result = CliRunner().invoke(main, ["speak", str(article), *QUICK])
    assert result.exit_code == 0, result.output
    assert f"Warning: cannot clear the bookmark in '{state / 'bookmarks'}'" in result.stderr
    assert "set NARRATOR_STATE_DIR to a folder you can write" in result.stderr


@pytest.mark.parametrize("broken", ["state is a file", "bookmark is a folder"])
def test_ctrl_c_in_speak_with_a_bookmark_that_cannot_be_written(
    tmp_path: Path, capture_device: CaptureDevice, broken: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Long\n\n" + "A sentence to hear for a while. " * 200 + "\n")
    state = tmp_path / "state"
    env = {**os.environ, "NARRATOR_STATE_DIR": str(state), "PYTHONPATH": str(ROOT)}
    if broken == "state is a file":
        state.write_text("not a folder")
    else:
        os.environ["NARRATOR_STATE_DIR"] = str(state)
        try:
            narration = pipeline.plan(str(article), NarrationConfig())
            key = bookmarks.content_key(narration.article)
        finally:
            del os.environ["NARRATOR_STATE_DIR"]
        (state / "bookmarks" / f"{key}.json").mkdir(parents=True)
    process = subprocess.Popen(
        [sys.executable, "-m", "narrator", "speak", str(article)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while capture_device.played_bytes() < 20_000:
        assert time.monotonic() < deadline, "nothing was played"
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Traceback" not in err.decode()
    assert "Warning: cannot save the bookmark in" in err.decode()
