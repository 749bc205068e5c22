"""Preferences: a TOML file in the user's config folder whose values become the options' defaults.

The command line overrides the file, and the file overrides the built-in defaults; `effective`
says where each value came from. `NARRATOR_CONFIG_DIR` moves the folder (tests use it).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from narrator import userdirs
from narrator.cli.config_file import CONFIG_FILE_NAME, config_path
from narrator.cli.options import PREFERENCES, TABLE, Option
from narrator.errors import NarratorError
from narrator.limits import MB, SETTINGS_MAX_BYTES, read_file_at_most

CONFIG_DIR_VARIABLE = userdirs.CONFIG_DIR_VARIABLE
__all__ = [
    "CONFIG_DIR_VARIABLE",
    "CONFIG_FILE_NAME",
    "SPECS",
    "Origin",
    "Preferences",
    "Setting",
    "SettingsError",
    "Spec",
    "config_path",
    "effective",
    "load",
    "option_defaults",
]


class SettingsError(NarratorError):
    """The preferences file cannot be read: bad TOML, an unknown key, a value of the wrong type."""


class Origin(StrEnum):
    """Where an effective setting came from."""

    DEFAULT = "default"
    CONFIG_FILE = "config file"
    COMMAND_LINE = "command line"


@dataclass(frozen=True)
class Spec:
    """One preference: its option's parameter name, its default and what it accepts."""

    parameter: str
    """The click parameter the value becomes the default of."""
    default: Any
    kind: str
    """"text", "path", "file" (a path that must name a file), "int" or "float"."""
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()

    def describe(self) -> str:
        """What the setting accepts, for error messages."""
        if self.choices:
            return "one of " + ", ".join(f"'{c}'" for c in self.choices)
        nouns = {"text": "a string", "int": "a whole number"}
        nouns |= {"path": "a path (a string)", "file": "a file's path (a string)"}
        noun = nouns.get(self.kind, "a number")
        return f"{noun} from {self.low:g} to {self.high:g}" if self.low is not None else noun


def _spec(option: Option) -> Spec:
    """The preference of a command-line option: the same default, range and choices."""
    kinds = {"int": "int", "float": "float", "path": "path", "file": "file", "folder": "path"}
    low, high = option.range or (None, None)
    kind = kinds.get(option.kind, "text")
    return Spec(option.parameter, option.default, kind, low, high, option.choices)


SPECS: dict[str, Spec] = {name: _spec(TABLE[name]) for name in PREFERENCES}
"""Every preference the file may hold, in the order `config show` lists them."""


@dataclass(frozen=True)
class Setting:
    """An effective value and where it came from."""

    name: str
    value: Any
    origin: Origin
    line: int | None = None
    """The config file's line, when the value came from it."""


@dataclass(frozen=True)
class Preferences:
    """The values the config file sets (only those it sets) and the lines they are on."""

    path: Path
    values: Mapping[str, Any]
    lines: Mapping[str, int | None]


def load(path: Path | None = None) -> Preferences:
    """Read and check the preferences file; a missing file sets nothing."""
    path = path or config_path()
    try:
        data = read_file_at_most(path, SETTINGS_MAX_BYTES)
        if data is None:
            raise SettingsError(
                f"the config file {path} is larger than {SETTINGS_MAX_BYTES // MB} MB; "
                "a preferences file holds a few lines: check that it is the right file"
            )
        text = data.decode("utf-8-sig")  # a byte order mark, as Windows editors write, is fine
    except FileNotFoundError:
        return Preferences(path, {}, {})
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"cannot read the config file {path} ({error})") from None
    import tomllib  # only for a file there: most runs have none

    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"the config file {path} is not valid TOML: {error}") from None
    lines = {key: _line_of(key, text) for key in table}
    values = {key: _checked(key, value, path, lines[key]) for key, value in table.items()}
    return Preferences(path, values, lines)


def effective(
    preferences: Preferences, command_line: Mapping[str, Any] | None = None
) -> list[Setting]:
    """Every setting's value and origin: the command line (`command_line`, keyed by setting
    name, holds only what was given there) beats the config file, which beats the defaults."""
    command_line = command_line or {}
    settings = []
    for name, spec in SPECS.items():
        if name in command_line:
            settings.append(Setting(name, command_line[name], Origin.COMMAND_LINE))
        elif name in preferences.values:
            value = preferences.values[name]
            line = preferences.lines[name]
            settings.append(Setting(name, value, Origin.CONFIG_FILE, line))
        else:
            settings.append(Setting(name, spec.default, Origin.DEFAULT))
    return settings


def option_defaults(preferences: Preferences) -> dict[str, Any]:
    """The config file's values keyed by click parameter name, for a command's `default_map`."""
    return {SPECS[name].parameter: value for name, value in preferences.values.items()}


def _checked(name: str, value: Any, path: Path, line: int | None) -> Any:
    where = f"{path}, line {line}" if line else str(path)
    spec = SPECS.get(name)
    if spec is None:
        raise SettingsError(
            f"unknown setting '{name}' in {where}; the settings are: {', '.join(SPECS)}"
        )
    if not _fits(spec, value):
        raise SettingsError(f"'{name}' in {where} must be {spec.describe()}, not {value!r}")
    if spec.kind == "float":
        return float(value)
    if spec.kind == "file" and not Path(value).expanduser().is_file():
        # Checked here: as an option's default, click would blame the option (--lexicon).
        raise SettingsError(
            f"'{name}' in {where} is '{value}', which is not a file; "
            "fix the path there or remove the line"
        )
    if spec.kind in ("path", "file"):
        return Path(value).expanduser()
    return value


def _fits(spec: Spec, value: Any) -> bool:
    if spec.kind in ("text", "path", "file"):
        return isinstance(value, str) and bool(value.strip()) and _chosen(spec, value)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return False
    if spec.kind == "int" and not isinstance(value, int):
        return False
    return spec.low is None or spec.high is None or spec.low <= value <= spec.high


def _chosen(spec: Spec, value: str) -> bool:
    return not spec.choices or value in spec.choices


def _line_of(key: str, text: str) -> int | None:
    """The line on which `key` is set (or its table opens), found by scanning: tomllib keeps no
    positions."""
    quoted = re.escape(key)
    pattern = re.compile(rf"""^\s*(\[\s*)?({quoted}|"{quoted}"|'{quoted}')\s*[=.\]]""")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None
