"""The command line, run for real: plan, save, voices, help, and every bad input's message."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator.cli import main
from narrator.cli.exit import exit_code, quick_exit

SEED = Path(__file__).resolve().parents[2] / "seeds" / "reuters-atacms-crimea.txt"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_plan_json_of_the_seed() -> None:
    code, output = run("plan", "--json", str(SEED))
    assert code == 0
    plan = json.loads(output)
    assert set(plan) == {"title", "byline", "language", "sections", "chunks"}
    assert plan["language"] == "en"
    assert plan["title"].startswith("Russia vows retaliation against US")
    assert plan["byline"] == "Dmitry Antonov and Guy Faulconbridge"
    assert [s["title"] for s in plan["sections"]] == [None, "RETALIATION"]
    assert plan["chunks"][plan["sections"][1]["first_chunk"]]["text"] == "RETALIATION"
    for index, chunk in enumerate(plan["chunks"]):
        assert set(chunk) == {"index", "section", "kind", "text", "spoken", "pause_after_s"}
        assert chunk["index"] == index
        assert len(chunk["text"]) <= 300
    assert [c["kind"] for c in plan["chunks"][:3]] == ["title", "byline", "paragraph"]


def test_plan_respects_max_chunk_chars() -> None:
    code, output = run("plan", "--json", "--max-chunk-chars", "120", str(SEED))
    assert code == 0
    assert max(len(c["text"]) for c in json.loads(output)["chunks"]) <= 120


def test_plan_as_text_shows_each_chunk() -> None:
    code, output = run("plan", str(SEED))
    assert code == 0
    assert output.startswith("Title: Russia vows retaliation")
    assert "\n[16] section 2, heading, pause 0.7 s\n  RETALIATION\n" in output


def test_save_writes_the_folder(tmp_path: Path) -> None:
    code, output = run("save", str(SEED), "-o", str(tmp_path), "--rate", "220")
    assert code == 0, output
    folder = tmp_path / "russia-vows-retaliation-against-us-for-ukraines-atacms"
    assert output.startswith(f"{folder}  (")
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["rate_wpm"] == 220
    assert (folder / "001.wav").stat().st_size > 1000


def test_pause_options_reach_the_plan() -> None:
    code, output = run(
        "plan", "--json", "--pause-paragraph", "0.9", "--pause-section", "2.5", str(SEED)
    )
    pauses = [c["pause_after_s"] for c in json.loads(output)["chunks"]]
    assert code == 0
    assert pauses.count(2.5) == 1
    assert pauses.count(0.9) >= 15


def test_voices_lists_english() -> None:
    code, output = run("voices")
    assert code == 0
    assert any(line.split("\t")[0] == "gmw/en-us" for line in output.splitlines())


def test_a_voice_by_name_is_accepted(tmp_path: Path) -> None:
    article = tmp_path / "short.txt"
    article.write_text("Short\n\nOne sentence only.\n")
    code, output = run("save", str(article), "-o", str(tmp_path / "out"), "--voice", "gmw/en-us")
    assert code == 0, output


@pytest.mark.parametrize("command", ["plan", "save", "speak", "voices"])
def test_every_command_has_help(command: str) -> None:
    code, output = run(command, "--help")
    assert code == 0
    assert output.startswith(f"Usage: main {command}")
    assert len(output.splitlines()) > 3


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "narrator", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "Narrate articles" in result.stdout


# The output buffered as Python buffers it for a pipe, whatever the environment asks.
BUFFERED = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}


def test_the_command_flushes_its_whole_output_through_a_pipe() -> None:
    # The process ends without tearing the interpreter down: what is buffered must be out first.
    result = subprocess.run(
        [sys.executable, "-m", "narrator", "plan", str(SEED)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=BUFFERED,
    )
    code, output = run("plan", str(SEED))
    assert (result.returncode, code) == (0, 0)
    assert len(output) > 5000
    assert result.stdout == output


def test_the_command_exits_with_its_status_after_the_atexit_handlers(tmp_path: Path) -> None:
    marker = tmp_path / "handled"
    script = (
        "import atexit, pathlib, sys\n"
        f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'yes')\n"
        "atexit.register(print, 'said at exit')  # buffered: out only if flushed after\n"
        "from narrator.cli import run\n"
        "sys.argv = ['narrator', 'save', sys.argv[1]]\n"
        "run()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=tmp_path,
        env=BUFFERED,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ")
    assert "missing.txt" in result.stderr
    assert marker.read_text() == "yes"
    assert result.stdout == "said at exit\n"


def test_the_command_leaves_the_exit_to_python_under_a_profiler(tmp_path: Path) -> None:
    profile = tmp_path / "narrator.prof"
    result = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "narrator", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0
    assert "Narrate articles" in result.stdout
    assert profile.stat().st_size > 1000  # written by cProfile once the program is over


def test_the_command_leaves_the_exit_to_python_while_another_thread_runs() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        with pytest.raises(SystemExit) as raised:
            quick_exit(SystemExit(3))
    finally:
        release.set()
        other.join()
    assert raised.value.code == 3


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (2, 2), ("a message", 1)])
def test_exit_status_is_that_of_sys_exit(code: object, status: int) -> None:
    assert exit_code(code) == status


def _bad_file(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.txt"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "blank":
        path.write_text("  \n\n\t \n")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 20)
    return path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("empty", "is empty; give a file that holds an article's text"),
        ("blank", "is empty; give a file that holds an article's text"),
        ("binary", "is not a text file; give an article in plain text, Markdown or HTML"),
    ],
)
def test_bad_files(tmp_path: Path, kind: str, message: str) -> None:
    path = _bad_file(tmp_path, kind)
    out = tmp_path / "out"
    code, output = run("save", str(path), "-o", str(out))
    assert (code, output) == (1, f"Error: '{path}' {message}\n")
    assert not out.exists() or not any(out.iterdir())


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    code, output = run("plan", str(missing))
    assert (code, output) == (
        1,
        f"Error: '{missing}' does not exist; check the path of the article\n",
    )


def test_a_folder_is_not_an_article(tmp_path: Path) -> None:
    code, output = run("plan", str(tmp_path))
    assert (code, output) == (
        1,
        f"Error: '{tmp_path}' is a folder; give the path of an article file\n",
    )


def test_unwritable_output_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, output = run("save", str(SEED), "-o", str(blocker / "sub"))
    assert code == 1
    assert output == (
        f"Error: cannot write to '{blocker / 'sub'}' (Not a directory); "
        "choose another folder with -o\n"
    )


def test_unknown_voice_is_refused(tmp_path: Path) -> None:
    code, output = run("save", str(SEED), "-o", str(tmp_path), "--voice", "martian")
    assert (code, output) == (
        1,
        "Error: unknown voice 'martian'; run 'narrator voices' to list the voices\n",
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--rate", "20", "Invalid value for '--rate': 20 is not in the range 80<=x<=450."),
        ("--volume", "1.5", "Invalid value for '--volume': 1.5 is not in the range 0<=x<=1."),
        ("--volume", "-0.1", "Invalid value for '--volume': -0.1 is not in the range 0<=x<=1."),
    ],
)
def test_out_of_range_options(option: str, value: str, message: str) -> None:
    code, output = run("plan", str(SEED), option, value)
    assert code == 2
    assert output.splitlines()[-1] == f"Error: {message}"


def test_missing_espeak_library_says_how_to_install(tmp_path: Path) -> None:
    (tmp_path / "sitecustomize.py").write_text(
        "import ctypes\n"
        "_load = ctypes.cdll.LoadLibrary\n"
        "def _refuse(name, *a, **k):\n"
        "    if 'espeak' in str(name):\n"
        "        raise OSError(f'{name}: cannot open shared object file')\n"
        "    return _load(name, *a, **k)\n"
        "ctypes.cdll.LoadLibrary = _refuse\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}
    result = subprocess.run(
        [sys.executable, "-m", "narrator", "save", str(SEED), "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: the speech engine could not start")
    assert result.stderr.rstrip().endswith(
        "install espeak-ng (Debian/Ubuntu: sudo apt-get install espeak-ng)"
    )
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_save_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    leader, follower = pty.openpty()
    result = subprocess.run(
        [sys.executable, "-m", "narrator", "save", str(SEED), "-o", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=follower,
        text=True,
        check=False,
        timeout=120,
    )
    os.close(follower)
    shown = _read_all(leader)
    assert result.returncode == 0
    assert "\rnarrating: chunk 1/24" in shown
    assert "\rnarrating: chunk 24/24" in shown


def test_save_shows_no_progress_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "narrator", "save", str(SEED), "-o", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0
    assert result.stderr == ""


def _read_all(leader: int) -> str:
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # EIO: the terminal's other end is closed and drained
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    return b"".join(chunks).decode()


def test_voice_variants_are_listed_and_checked(tmp_path: Path) -> None:
    code, output = run("voices", "--variants")
    assert code == 0
    assert {"f3", "m1", "Alex"} <= set(output.split())
    article = tmp_path / "short.txt"
    article.write_text("Short\n\nOne sentence only.\n")
    code, output = run("save", str(article), "-o", str(tmp_path / "out"), "--voice", "gmw/en+f3")
    assert code == 0, output
    code, output = run("save", str(article), "-o", str(tmp_path / "out"), "--voice", "gmw/en+zz")
    assert (code, output) == (
        1,
        "Error: unknown voice variant 'zz'; run 'narrator voices --variants' to list them\n",
    )
