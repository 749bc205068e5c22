"""The options come from one table: NarrationConfig's defaults and ranges, checked everywhere."""

from __future__ import annotations

import inspect
import math
from dataclasses import replace

import click
import pytest
from click.testing import CliRunner

from narrator import pipeline
from narrator.audio.codecs import FILE_FORMATS
from narrator.cli import main
from narrator.cli import preferences as settings
from narrator.cli.options import PREFERENCES, TABLE
from narrator.errors import ConfigError, NarratorError
from narrator.models import AUDIO_FORMATS, RATE_WPM_RANGE, NarrationConfig, config_field
from narrator.player import session


def _commands(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        found.append((*path, name))
        if isinstance(command, click.Group):
            found.extend(_commands(command, (*path, name)))
    return found


@pytest.mark.parametrize("path", _commands(main), ids=" ".join)
def test_every_command_and_subcommand_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    description = result.output.split("\n\n")[1].strip()
    assert description and not description.startswith("Options:")


def test_every_option_and_preference_takes_the_configs_default() -> None:
    config = NarrationConfig()
    for option in TABLE.values():
        if hasattr(config, option.parameter):
            assert option.default == getattr(config, option.parameter), option.name
    for name in PREFERENCES:
        spec = settings.SPECS[name]
        assert spec.default == TABLE[name].default
        assert (spec.low, spec.high) == (TABLE[name].range or (None, None))


def test_the_rate_range_is_declared_once() -> None:
    assert config_field("rate_wpm") == (175, RATE_WPM_RANGE)
    assert session._RATE_RANGE == RATE_WPM_RANGE
    assert (settings.SPECS["rate"].low, settings.SPECS["rate"].high) == RATE_WPM_RANGE


def test_the_format_option_offers_every_format_the_codecs_write() -> None:
    """The names are in models (the options never import the codecs); the codecs say how each
    is written, and know the same ones in the same order."""
    assert tuple(FILE_FORMATS) == AUDIO_FORMATS
    assert TABLE["format"].choices == AUDIO_FORMATS


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"rate_wpm": 20}, "rate_wpm must be a number from 80 to 450, not 20"),
        ({"max_chunk_chars": 0}, "max_chunk_chars must be a number from 40 to 5000, not 0"),
        ({"volume": math.nan}, "volume must be a number from 0 to 1, not nan"),
        ({"max_true_peak_dbtp": math.nan}, "max_true_peak_dbtp must be a number, not nan"),
        ({"jobs": 0}, "jobs must be a number from 1 to 64, not 0"),
    ],
)
def test_the_library_refuses_a_config_out_of_range(change: dict[str, float], message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        NarrationConfig(**change)  # type: ignore[arg-type]
    assert str(raised.value) == message
    assert isinstance(raised.value, NarratorError)
    with pytest.raises(ConfigError):
        replace(NarrationConfig(), **change)  # type: ignore[arg-type]


def test_the_public_api_takes_no_plans() -> None:
    for function in (pipeline.save_many, pipeline.speak, pipeline.save, pipeline.plan):
        assert "plans" not in inspect.signature(function).parameters
