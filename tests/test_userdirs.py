"""The user's folders are where platformdirs puts them, whether worked out by narrator (plain
Linux) or asked of platformdirs; the plain case never imports it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from narrator import userdirs

_OVERRIDES = ("NARRATOR_CONFIG_DIR", "NARRATOR_CACHE_DIR", "NARRATOR_STATE_DIR")
_XDG = ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def _platformdirs_folders() -> tuple[Path, Path, Path]:
    return (
        Path(platformdirs.user_config_dir("narrator", appauthor=False)),
        Path(platformdirs.user_cache_dir("narrator", appauthor=False)) / "chunks",
        Path(platformdirs.user_state_dir("narrator", appauthor=False)),
    )


@pytest.mark.parametrize(
    ("home", "xdg"),
    [
        ("/home/reader", None),
        ("/home/reader/", None),
        ("/home/reader", ""),
        ("/home/reader", "/srv/xdg"),
        ("/home/reader", "/srv/xdg/"),
        ("/home/reader", "relative/xdg"),
        ("/home/reader", "  "),
        ("relative-home", None),
        (None, "/srv/xdg"),
    ],
)
def test_the_folders_are_platformdirs_ones(
    monkeypatch: pytest.MonkeyPatch, home: str | None, xdg: str | None
) -> None:
    for variable in _OVERRIDES:
        monkeypatch.delenv(variable, raising=False)
    for variable in ("HOME", *_XDG):
        value = home if variable == "HOME" else xdg
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value if variable == "HOME" else f"{value}{variable}")
    if xdg in ("", "  "):
        for variable in _XDG:
            monkeypatch.setenv(variable, xdg)
    expected = _platformdirs_folders()
    assert (userdirs.config_dir(), userdirs.cache_dir(), userdirs.state_dir()) == expected


def test_the_plain_case_never_imports_platformdirs(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in (*_OVERRIDES, *_XDG)}
    env["HOME"] = str(tmp_path)
    script = (
        "import sys\n"
        "from narrator import userdirs\n"
        "print(userdirs.config_dir(), userdirs.cache_dir(), userdirs.state_dir())\n"
        "print('platformdirs' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    folders, imported = done.stdout.splitlines()
    assert folders.split() == [
        f"{tmp_path}/.config/narrator",
        f"{tmp_path}/.cache/narrator/chunks",
        f"{tmp_path}/.local/state/narrator",
    ]
    assert imported == "False"
