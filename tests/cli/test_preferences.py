"""Preferences: the TOML file's values become the options' defaults; the command line wins."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from narrator import NarrationConfig
from narrator.cli import main
from narrator.cli import preferences as settings
from narrator.pipeline.ahead import Started

ARTICLE = """A short story

One. Two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.

Sixteen seventeen eighteen nineteen twenty. Twenty-one twenty-two twenty-three twenty-four.
"""


@pytest.fixture(autouse=True)
def config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NARRATOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NARRATOR_STATE_DIR", str(tmp_path / "state"))
    (tmp_path / "config").mkdir()
    return tmp_path / "config"


@pytest.fixture
def config_file(config_folder: Path) -> Path:
    return config_folder / "config.toml"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE)
    return path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def _plan_chunks(article: Path, *args: str) -> list[dict[str, object]]:
    code, out, err = _run("plan", "--json", str(article), *args)
    assert (code, err) == (0, ""), err
    chunks: list[dict[str, object]] = json.loads(out)["chunks"]
    return chunks


def test_config_path_follows_the_environment(config_file: Path) -> None:
    assert _run("config", "path") == (0, f"{config_file}\n", "")


def test_config_show_without_a_file_lists_the_defaults(config_file: Path) -> None:
    code, out, _ = _run("config", "show")
    assert code == 0
    assert out.splitlines() == [
        f"config file: {config_file} (not created yet)",
        "voice            (not set)                default",
        "rate             175                      default",
        "volume           1.0                      default",
        "pause_paragraph  0.5                      default",
        "pause_section    1.5                      default",
        "max_chunk_chars  300                      default",
        "format           wav                      default",
        "output           audio                    default",
        "lexicon          (not set)                default",
        "cache_size       1024                     default",
        "jobs             (not set)                default",
        "max_input_mb     20                       default",
        "engine           pyttsx3                  default",
        "voice_dir        (not set)                default",
        "language         (not set)                default",
    ]


def test_config_show_says_which_values_come_from_the_file(
    config_file: Path, tmp_path: Path
) -> None:
    words = tmp_path / "w.toml"  # a lexicon that exists: a missing one is an error
    words.write_text('Peskov = "PYES-kov"\n')
    config_file.write_text(f'# mine\nrate = 190\n\nformat = "mp3"\nlexicon = "{words}"\n')
    code, out, _ = _run("config", "show")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"config file: {config_file}"
    assert lines[2] == "rate             190                      config file, line 2"
    assert lines[7] == "format           mp3                      config file, line 4"
    assert lines[9] == f"lexicon          {words!s:<24} config file, line 5"
    assert lines[3] == "volume           1.0                      default"


def test_preferences_become_defaults_and_the_command_line_wins(
    article: Path, config_file: Path
) -> None:
    config_file.write_text("max_chunk_chars = 40\npause_paragraph = 2.5\n")
    from_file = _plan_chunks(article)
    assert max(len(str(c["text"])) for c in from_file) <= 40
    assert 2.5 in [c["pause_after_s"] for c in from_file]
    overridden = _plan_chunks(article, "--max-chunk-chars", "300", "--pause-paragraph", "0.2")
    assert len(overridden) < len(from_file)
    assert 0.2 in [c["pause_after_s"] for c in overridden]


def test_the_output_folder_preference_is_where_save_writes(
    article: Path, config_file: Path, tmp_path: Path
) -> None:
    config_file.write_text(f'output = "{tmp_path / "spoken"}"\n')
    code, _, err = _run("save", str(article))
    assert (code, err) == (0, "")
    assert (tmp_path / "spoken" / "a-short-story" / "manifest.json").exists()


def test_the_jobs_and_cache_size_preferences_shape_save(
    article: Path, config_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    configs: list[NarrationConfig] = []

    def save_many(started: Started, *args: Any, **kwargs: Any) -> list[Any]:
        configs.append(started.config)
        return []

    monkeypatch.setattr(Started, "save_many", save_many)
    config_file.write_text("jobs = 1\ncache_size = 64\n")
    assert _run("save", str(article))[0] == 0
    assert _run("save", str(article), "--jobs", "2", "--cache-size", "128")[0] == 0
    assert [(c.jobs, c.cache_max_mb) for c in configs] == [(1, 64), (2, 128)]


def test_the_format_preference_is_what_save_writes(
    article: Path, config_file: Path, tmp_path: Path
) -> None:
    config_file.write_text(f'format = "ogg"\noutput = "{tmp_path / "spoken"}"\n')
    code, _, err = _run("save", str(article))
    assert (code, err) == (0, "")
    folder = tmp_path / "spoken" / "a-short-story"
    assert (folder / "a-short-story.ogg").exists()
    code, _, err = _run("save", str(article), "--format", "flac")
    assert (code, err) == (0, "")
    assert (folder / "a-short-story.flac").exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "rate = 190\nvolume = \n",
            "the config file {path} is not valid TOML: Invalid value (at line 2, column 10)",
        ),
        (
            "rate = 190\nspeed = 2\n",
            "unknown setting 'speed' in {path}, line 2; the settings are: voice, rate, volume, "
            "pause_paragraph, pause_section, max_chunk_chars, format, output, lexicon, cache_size, "
            "jobs, max_input_mb, engine, voice_dir, language",
        ),
        (
            "\n[rate]\nvalue = 1\n",
            "'rate' in {path}, line 2 must be a whole number from 80 to 450, not {{'value': 1}}",
        ),
        (
            'rate = "fast"\n',
            "'rate' in {path}, line 1 must be a whole number from 80 to 450, not 'fast'",
        ),
        (
            "rate = 190.5\n",
            "'rate' in {path}, line 1 must be a whole number from 80 to 450, not 190.5",
        ),
        ("volume = 3\n", "'volume' in {path}, line 1 must be a number from 0 to 1, not 3"),
        ("volume = true\n", "'volume' in {path}, line 1 must be a number from 0 to 1, not True"),
        (
            'format = "aiff"\n',
            "'format' in {path}, line 1 must be one of 'wav', 'mp3', 'ogg', 'flac', not 'aiff'",
        ),
        ("voice = 3\n", "'voice' in {path}, line 1 must be a string, not 3"),
    ],
)
def test_a_bad_config_file_names_the_line(
    article: Path, config_file: Path, text: str, message: str
) -> None:
    config_file.write_text(text)
    expected = f"Error: {message.format(path=config_file)}\n"
    for command in (["config", "show"], ["speak", str(article)], ["plan", str(article)]):
        assert _run(*command) == (1, "", expected)


def test_config_path_works_with_a_broken_file(config_file: Path) -> None:
    config_file.write_text("rate = = 3\n")
    assert _run("config", "path") == (0, f"{config_file}\n", "")


def test_effective_settings_say_where_each_came_from(config_file: Path) -> None:
    config_file.write_text("rate = 200\nvolume = 0.5\n")
    found = settings.effective(settings.load(), command_line={"volume": 0.8})
    by_name = {s.name: s for s in found}
    assert by_name["rate"] == settings.Setting("rate", 200, settings.Origin.CONFIG_FILE, 1)
    assert by_name["volume"] == settings.Setting("volume", 0.8, settings.Origin.COMMAND_LINE)
    assert by_name["voice"] == settings.Setting("voice", None, settings.Origin.DEFAULT)


def test_the_ranges_agree_with_the_command_line_options() -> None:
    options = {p.name: p for p in main.commands["speak"].params}
    options |= {p.name: p for p in main.commands["save"].params}
    for name, spec in settings.SPECS.items():
        if spec.low is None or spec.parameter not in options:
            continue
        option = options[spec.parameter]
        assert isinstance(option.type, click.IntRange | click.FloatRange), name
        assert (option.type.min, option.type.max) == (spec.low, spec.high), name
        assert option.default == spec.default, name
