"""The `narrator` command line: options become a NarrationConfig, then one library call."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from narrator import pipeline
from narrator.encoding import FILE_FORMATS
from narrator.errors import NarratorError
from narrator.models import NarrationConfig, Plan, SavedNarration

F = TypeVar("F", bound=Callable[..., Any])

_ARTICLE = click.argument("article", metavar="ARTICLE")


def _narration_options(command: F) -> F:
    """The options shared by every command that narrates."""
    options = [
        click.option("--voice", help="Engine voice id or name (see 'narrator voices')."),
        click.option(
            "--rate",
            "rate_wpm",
            type=click.IntRange(80, 450),
            default=175,
            show_default=True,
            help="Speaking rate in words per minute.",
        ),
        click.option(
            "--volume",
            type=click.FloatRange(0, 1),
            default=1.0,
            show_default=True,
            help="Volume from 0 to 1.",
        ),
        click.option(
            "--pause-paragraph",
            "pause_paragraph_s",
            type=click.FloatRange(0, 10),
            default=0.5,
            show_default=True,
            help="Silence after a paragraph, in seconds.",
        ),
        click.option(
            "--pause-section",
            "pause_section_s",
            type=click.FloatRange(0, 10),
            default=1.5,
            show_default=True,
            help="Silence at a section break, in seconds.",
        ),
        click.option(
            "--max-chunk-chars",
            type=click.IntRange(40, 5000),
            default=300,
            show_default=True,
            help="Longest text handed to the engine at once.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _config(options: dict[str, Any]) -> NarrationConfig:
    return NarrationConfig(
        voice=options["voice"],
        rate_wpm=options["rate_wpm"],
        volume=options["volume"],
        pause_paragraph_s=options["pause_paragraph_s"],
        pause_section_s=options["pause_section_s"],
        max_chunk_chars=options["max_chunk_chars"],
    )


class Loudness(click.ParamType[Any]):
    """`off`, or an integrated loudness target in LUFS from -40 to -5."""

    name = "LUFS|off"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value is None or isinstance(value, float):
            return value
        if str(value).strip().lower() == "off":
            return None
        try:
            lufs = float(value)
        except ValueError:
            lufs = float("nan")
        if not -40 <= lufs <= -5:
            self.fail(f"'{value}' is neither 'off' nor a loudness from -40 to -5 LUFS", param, ctx)
        return lufs


def _friendly_errors(command: F) -> F:
    """Turn the library's errors into one-line messages and exit code 1."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except NarratorError as error:
            raise click.ClickException(str(error)) from None

    return wrapper  # type: ignore[return-value]


@click.group()
@click.version_option(package_name="narrator")
def main() -> None:
    """Narrate articles: plain text, Markdown, saved web pages or URLs, spoken or saved as audio."""


@main.command()
@_ARTICLE
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON.")
@_narration_options
@_friendly_errors
def plan(article: str, as_json: bool, **options: Any) -> None:
    """Show how ARTICLE will be narrated: its chunks, pauses and spoken text."""
    narration = pipeline.plan(article, _config(options))
    if as_json:
        click.echo(json.dumps(narration.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(_plan_text(narration))


@main.command()
@_ARTICLE
@click.option(
    "-o",
    "--output",
    "output_root",
    type=click.Path(file_okay=False, path_type=Path),
    default=pipeline.DEFAULT_OUTPUT_ROOT,
    show_default=True,
    help="Folder in which the article's own folder is written.",
)
@click.option(
    "--format",
    "audio_format",
    type=click.Choice(list(FILE_FORMATS)),
    default="wav",
    show_default=True,
    help="Audio format: mp3 and ogg are compact, with chapters podcast apps show.",
)
@click.option(
    "--loudness",
    "loudness_lufs",
    type=Loudness(),
    default="-16",
    show_default=True,
    help="Integrated loudness in LUFS (true peak at most -1 dBTP), or 'off'.",
)
@_narration_options
@_friendly_errors
def save(
    article: str,
    output_root: Path,
    audio_format: str,
    loudness_lufs: float | None,
    **options: Any,
) -> None:
    """Narrate ARTICLE into audio files: one per chunk, the whole with chapters and tags,
    transcripts (WebVTT, SRT), a playlist and a manifest."""
    config = dataclasses.replace(
        _config(options), audio_format=audio_format, loudness_lufs=loudness_lufs
    )
    saved = pipeline.save(article, config, output_root, progress=_progress_bar())
    click.echo(_save_summary(saved, config))


def _save_summary(saved: SavedNarration, config: NarrationConfig) -> str:
    """What a listener needs after a save: where, how long, the chapters, the files."""
    loudness = f", {saved.loudness_lufs:.1f} LUFS" if saved.loudness_lufs is not None else ""
    chunks = saved.chunk_files
    lines = [
        f"{saved.folder}  ({saved.duration_s:.1f} s, {len(chunks)} chunks)",
        f"Duration: {_clock(saved.duration_s)} ({config.audio_format.upper()}{loudness})",
        "Chapters:",
        *(f"  {_clock(c.start_s):>7}  {c.title}" for c in saved.chapters),
        "Files:",
        f"  {saved.narration.name}  (the whole narration)",
        f"  {chunks[0].name} \u2026 {chunks[-1].name}  ({len(chunks)} chunks)",
        "  " + ", ".join(p.name for p in (*saved.extra_files, saved.manifest)),
    ]
    return "\n".join(lines)


def _clock(seconds: float) -> str:
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


@main.command()
@_ARTICLE
@_narration_options
@_friendly_errors
def speak(article: str, **options: Any) -> None:
    """Say ARTICLE through the speakers."""
    pipeline.speak(article, _config(options))


@main.command()
@_friendly_errors
def voices() -> None:
    """List the speech engine's voices."""
    from narrator.synthesis import list_voices

    for voice_id, name, languages in list_voices():
        click.echo(f"{voice_id}\t{name}\t{','.join(languages)}")


def _plan_text(narration: Plan) -> str:
    lines = [f"Title: {narration.article.title}"]
    if narration.article.byline:
        lines.append(f"Byline: {narration.article.byline}")
    for chunk in narration.chunks:
        lines.append(
            f"\n[{chunk.index}] section {chunk.section}, {chunk.kind.value}, "
            f"pause {chunk.pause_after_s:g} s\n  {chunk.text}"
        )
        if chunk.spoken != chunk.text:
            lines.append(f"  spoken: {chunk.spoken}")
    return "\n".join(lines)


def _progress_bar() -> pipeline.Progress | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        click.echo(f"\rnarrating: chunk {done}/{total}", nl=False, err=True)
        click.echo(end, nl=False, err=True)

    return show
