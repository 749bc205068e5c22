"""The command line's options, generated from one table.

Each option's default and range come from its `NarrationConfig` field (declared there once); the
table adds what only the command line needs: the option's name, its help, and whether the
preferences file may set it (`cli/preferences.py` checks the file against the same table).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

import click

from narrator.models import (
    AUDIO_FORMATS,
    DEFAULT_OUTPUT_ROOT,
    LANGUAGE_CODE,
    NarrationConfig,
    config_field,
)

F = TypeVar("F", bound=Callable[..., Any])

Kind = Literal[
    "text", "path", "file", "folder", "int", "float", "flag", "choice", "loudness", "language"
]


@dataclass(frozen=True)
class Option:
    """One option: `--name` (underscores become dashes), and the preference `name`."""

    name: str
    parameter: str
    """The click parameter, and the NarrationConfig field whose default and range it takes."""
    kind: Kind
    help: str
    choices: tuple[str, ...] = ()
    short: str | None = None
    metavar: str | None = None
    computed_default: str | None = None
    """What the default is when no value stands for it, shown in the help."""

    @property
    def default(self) -> Any:
        """The built-in default: the NarrationConfig field's."""
        if self.parameter == "output_root":
            return DEFAULT_OUTPUT_ROOT
        if self.kind == "flag":
            return False
        return config_field(self.parameter)[0]

    @property
    def range(self) -> tuple[float, float] | None:
        """The allowed values of a number, from the NarrationConfig field."""
        if self.kind not in ("int", "float", "loudness"):
            return None
        return config_field(self.parameter)[1]

    def decorator(self) -> Callable[[F], F]:
        """The click option."""
        flags = [f"--{self.name.replace('_', '-')}", self.parameter]
        if self.short:
            flags.insert(0, self.short)
        default = self.default
        if self.kind == "loudness":
            default = f"{default:g}"
        help_text = self.help
        if self.computed_default:
            help_text += f"  [default: {self.computed_default}]"
        return click.option(
            *flags,
            type=self._type(),
            is_flag=self.kind == "flag",
            default=default,
            show_default=default is not None and self.kind != "flag" and not self.computed_default,
            metavar=self.metavar,
            help=help_text,
        )

    def _type(self) -> Any:
        low, high = self.range or (None, None)
        # Only this option's type is made: every command's import makes each option's.
        types: dict[Kind, Callable[[], Any]] = {
            "text": lambda: None,
            "flag": lambda: None,
            "path": lambda: click.Path(path_type=Path),
            "file": lambda: click.Path(exists=True, dir_okay=False, path_type=Path),
            "folder": lambda: click.Path(file_okay=False, path_type=Path),
            "choice": lambda: click.Choice(self.choices),
            "loudness": lambda: Loudness(*self.range) if self.range else None,
            "int": lambda: click.IntRange(_int(low), _int(high)),
            "float": lambda: FiniteFloat(low, high),
            "language": LanguageCode,
        }
        return types[self.kind]()


def _int(bound: float | None) -> int | None:
    return None if bound is None else int(bound)


class FiniteFloat(click.FloatRange):
    """A number within the range; never NaN or infinite, which a range lets through."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a number", param, ctx)
        return number


class Loudness(click.ParamType[Any]):
    """`off`, or an integrated loudness target in LUFS within the allowed range."""

    name = "LUFS|off"

    def __init__(self, low: float, high: float) -> None:
        self.low, self.high = low, high

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value is None or isinstance(value, float):
            return value
        if str(value).strip().lower() == "off":
            return None
        try:
            lufs = float(value)
        except ValueError:
            lufs = float("nan")
        if not self.low <= lufs <= self.high:
            allowed = f"a loudness from {self.low:g} to {self.high:g} LUFS"
            self.fail(f"'{value}' is neither 'off' nor {allowed}", param, ctx)
        return lufs


class LanguageCode(click.ParamType[Any]):
    """A BCP-47 language code ("de", "pt-BR")."""

    name = "CODE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value is None or LANGUAGE_CODE.fullmatch(str(value).strip()):
            return None if value is None else str(value).strip()
        self.fail(f"'{value}' is not a language code; give one such as de, fr or pt-BR", param, ctx)


_AFTER_A_PARAGRAPH = "Silence after a paragraph, in seconds."
_LONGEST_CHUNK = "Longest text handed to the engine at once."

TABLE = {
    option.name: option
    for option in (
        Option(
            "engine",
            "engine",
            "choice",
            "Speech engine: pyttsx3 (espeak-ng: instant, a hundred languages) or piper (neural "
            "voices, natural; pip install 'narrator[piper]').",
            choices=("pyttsx3", "piper"),
        ),
        Option("voice", "voice", "text", "Engine voice id or name (see 'narrator voices')."),
        Option(
            "voice_dir",
            "voice_dir",
            "folder",
            "A folder of Piper voices, searched first (NAME.onnx with NAME.onnx.json).",
        ),
        Option(
            "language",
            "language",
            "language",
            "The articles' language, a BCP-47 code such as de, fr or pt-BR; it chooses the "
            "voice, the sentence and number rules.",
            metavar="CODE",
            computed_default="the page's or post's own, else detected",
        ),
        Option("rate", "rate_wpm", "int", "Speaking rate in words per minute."),
        Option("volume", "volume", "float", "Volume from 0 to 1."),
        Option("pause_paragraph", "pause_paragraph_s", "float", _AFTER_A_PARAGRAPH),
        Option(
            "pause_section", "pause_section_s", "float", "Silence at a section break, in seconds."
        ),
        Option("max_chunk_chars", "max_chunk_chars", "int", _LONGEST_CHUNK),
        Option(
            "input_format",
            "input_format",
            "choice",
            "The article's format",
            choices=("text", "markdown", "html"),
            computed_default="from the extension, the server or the content",
        ),
        Option(
            "read_alt_text",
            "read_alt_text",
            "flag",
            "Read images' alt text instead of skipping images.",
        ),
        Option(
            "code",
            "code_mode",
            "choice",
            "Code samples and tables: read them, announce them in one phrase, or skip them.",
            choices=("read", "announce", "skip"),
        ),
        Option("fetch_timeout", "fetch_timeout_s", "float", "Seconds to wait for a URL's server."),
        Option(
            "max_input_mb",
            "max_input_mb",
            "int",
            "Largest article read from a file or standard input, in MB.",
            metavar="MB",
        ),
        Option(
            "lexicon",
            "lexicon_path",
            "file",
            "A pronunciation lexicon (TOML)",
            computed_default="the user config folder's lexicon.toml",
        ),
        Option(
            "output",
            "output_root",
            "folder",
            "Folder in which the article's own folder is written.",
            short="-o",
        ),
        Option(
            "format",
            "audio_format",
            "choice",
            "Audio format: mp3 and ogg are compact, with chapters podcast apps show.",
            choices=AUDIO_FORMATS,
        ),
        Option(
            "loudness",
            "loudness_lufs",
            "loudness",
            "Integrated loudness in LUFS (true peak at most -1 dBTP), or 'off'.",
            computed_default="-19, the mono podcast level; -16 with --channels 2",
        ),
        Option(
            "channels",
            "channels",
            "int",
            "1: mono; 2: stereo, the same speech on both channels.",
        ),
        Option(
            "jobs",
            "jobs",
            "int",
            "Speech engines running in parallel",
            short="-j",
            computed_default="one per CPU core",
        ),
        Option("no_cache", "no_cache", "flag", "Synthesize every chunk again; store nothing."),
        Option(
            "cache_size",
            "cache_max_mb",
            "int",
            "Largest the chunk cache may grow; the least recently used chunks go first.",
            metavar="MB",
        ),
        Option(
            "reproducible",
            "reproducible",
            "flag",
            "The same bytes whatever --jobs: each chunk made by a fresh copy of an engine "
            "(a batch takes about 40% longer).",
        ),
    )
}
"""Every option of the commands that narrate."""

NARRATION = (
    "engine",
    "language",
    "voice",
    "voice_dir",
    "rate",
    "volume",
    "pause_paragraph",
    "pause_section",
    "max_chunk_chars",
    "input_format",
    "read_alt_text",
    "code",
    "fetch_timeout",
    "max_input_mb",
    "lexicon",
)
"""The options of every command that narrates, in the order the help lists them."""
SAVE_FIRST = ("output", "format", "loudness", "channels")
"""The options `save` lists before the narration options."""
SAVE_LAST = ("jobs", "no_cache", "cache_size", "reproducible")
"""The options `save` lists after them."""
PREFERENCES = (
    "voice",
    "rate",
    "volume",
    "pause_paragraph",
    "pause_section",
    "max_chunk_chars",
    "format",
    "output",
    "lexicon",
    "cache_size",
    "jobs",
    "max_input_mb",
    "engine",
    "voice_dir",
    "language",
)
"""The options the preferences file may set, in the order `config show` lists them."""


def options(*names: str) -> Callable[[F], F]:
    """The click options `names`, listed in that order."""

    def decorate(command: F) -> F:
        for name in reversed(names):
            command = TABLE[name].decorator()(command)
        return command

    return decorate


def narration_config(values: dict[str, Any]) -> NarrationConfig:
    """The NarrationConfig of a command's option values (those that are config fields)."""
    fields = {TABLE[name].parameter for name in (*NARRATION, *SAVE_FIRST, *SAVE_LAST)}
    fields -= {"output_root", "no_cache"}
    given = {field: values[field] for field in fields if field in values}
    if "no_cache" in values:
        given["use_cache"] = not values["no_cache"]
    if given.get("channels") == 2 and not _given("loudness_lufs"):
        given["loudness_lufs"] = STEREO_LUFS
    return NarrationConfig(**given)


STEREO_LUFS = -16.0
"""The default loudness of a stereo narration: the podcast level for stereo (a mono file, which
plays on both speakers, sounds 3 dB louder than it measures: hence -19 for mono)."""


def _given(parameter: str) -> bool:
    """Whether the command line gave `parameter` (not its default, nor a preference)."""
    context = click.get_current_context(silent=True)
    if context is None:
        return False
    source = context.get_parameter_source(parameter)
    return source is not None and source is not click.core.ParameterSource.DEFAULT
