"""Where the preferences file is, known without importing `preferences`, which reads and checks
it: a command started with no file there (most are) does without that module."""

from __future__ import annotations

from pathlib import Path

from narrator import userdirs

CONFIG_FILE_NAME = "config.toml"


def config_path() -> Path:
    """Where the preferences file lives (it need not exist)."""
    return userdirs.config_dir() / CONFIG_FILE_NAME
