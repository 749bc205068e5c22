"""The `narrator` commands: options become a NarrationConfig, one library call, an echo."""

from __future__ import annotations

import json
import signal
import sys
import warnings
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click

from narrator.cli.options import NARRATION, SAVE_FIRST, SAVE_LAST, narration_config, options
from narrator.cli.output import plan_text, progress_bar, readings_json, save_summary, warn
from narrator.errors import NarratorError, NarratorWarning
from narrator.models import NarrationConfig

if TYPE_CHECKING:
    from narrator.cache import ChunkCache

F = TypeVar("F", bound=Callable[..., Any])

_ARTICLE = click.argument("article", metavar="ARTICLE")
"""A path, "-" for standard input, or an http(s) URL."""

_COMMANDS_WITH_PREFERENCES = ("plan", "save", "speak", "voices")


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
@click.pass_context
def main(ctx: click.Context) -> None:
    """Narrate articles: plain text, Markdown, saved web pages or URLs, spoken or saved as audio.

    Preferences in the config file (see 'narrator config path') become the options' defaults."""
    if ctx.invoked_subcommand in _COMMANDS_WITH_PREFERENCES:
        ctx.default_map = _preference_defaults()
    # Stopped by `kill` (or a service manager), unwind as for Ctrl-C: no half-written folder.
    signal.signal(signal.SIGTERM, _exit_when_terminated)
    warnings.showwarning = _show_warning


_python_showwarning = warnings.showwarning


def _show_warning(message: Warning | str, category: type[Warning], *args: Any, **kw: Any) -> None:
    """The library's warnings as one line ("warning: no voice for 'xx'; …"); Python's own as
    Python shows them."""
    if issubclass(category, NarratorWarning):
        warn(str(message))
    else:
        _python_showwarning(message, category, *args, **kw)


def _exit_when_terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _preference_defaults() -> dict[str, dict[str, Any]]:
    """The config file's values as defaults of the commands that narrate (none without the
    file: the module that reads it is then not imported, 3 ms of the start)."""
    from narrator.cli.config_file import config_path

    if not config_path().exists():
        return {}
    from narrator.cli import preferences as settings

    try:
        defaults = settings.option_defaults(settings.load())
    except NarratorError as error:
        raise click.ClickException(str(error)) from None
    return {command: defaults for command in _COMMANDS_WITH_PREFERENCES}


@main.command()
@_ARTICLE
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON.")
@click.option(
    "--explain",
    is_flag=True,
    help="Show each token the spoken-form rules rewrote, the class of the rules that read "
    "it and what is said (what to put in a lexicon to say it otherwise).",
)
@options(*NARRATION)
@_friendly_errors
def plan(article: str, as_json: bool, explain: bool, **values: Any) -> None:
    """Show how ARTICLE will be narrated: its chunks, pauses and spoken text."""
    from narrator import pipeline

    config = narration_config(values)
    if config.voice is not None:
        pipeline.make_synthesizer(config)  # an unknown voice is refused, as `save` refuses it
    narration = pipeline.plan(article, config)
    if as_json:
        shown = narration.to_json()
        if explain:
            shown_chunks = cast("list[dict[str, object]]", shown["chunks"])
            for chunk, shown_chunk in zip(narration.chunks, shown_chunks, strict=True):
                shown_chunk["readings"] = readings_json(chunk.text, narration.article.language)
        click.echo(json.dumps(shown, indent=2, ensure_ascii=False))
    else:
        click.echo(plan_text(narration, explain))


@main.command()
@click.argument("articles", metavar="ARTICLE...", nargs=-1, required=True)
@options(*SAVE_FIRST, *NARRATION, *SAVE_LAST)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="How many of a feed's newest items to narrate (those narrated already are skipped).",
)
@click.option(
    "--base-url",
    help="The URL the output folder is served at, for the links of its feed.xml "
    "(default: narrator serve's, http://127.0.0.1:8000/).",
)
@_friendly_errors
def save(
    articles: tuple[str, ...], output_root: Path, limit: int, base_url: str | None, **values: Any
) -> None:
    """Narrate each ARTICLE (files, or folders of them) into audio files: one per chunk, the
    whole with chapters and tags, transcripts (WebVTT, SRT), a playlist and a manifest. An
    RSS or Atom feed (or an OPML list of feeds) narrates its new items, as MP3 unless --format
    says otherwise. The output folder's podcast feed, feed.xml, is updated."""
    from narrator.cli.feeds import (
        feed_config,
        preparing_the_feed,
        publish,
        save_feeds,
        split_sources,
    )
    from narrator.pipeline.ahead import start
    from narrator.readers.sources import folder_articles

    config = narration_config(values)
    feeds, articles_only = split_sources(articles)
    files, unreadable = folder_articles(articles_only, config.max_input_mb)
    for error in unreadable:
        warn(f"skipped: {error}")
    if files:
        # Started before the composition is imported: the articles are read and cut alongside.
        with start(files, config) as started:
            progress = preparing_the_feed(progress_bar())
            for saved in started.save_many(output_root, progress=progress):
                click.echo(save_summary(saved, config))
    source = click.get_current_context().get_parameter_source("audio_format")
    format_given = source is not click.core.ParameterSource.DEFAULT
    failed = save_feeds(feeds, output_root, feed_config(config, format_given), limit)
    publish(output_root, base_url)
    if failed or unreadable:
        raise SystemExit(1)


@main.command()
@_ARTICLE
@click.option("--resume", is_flag=True, help="Continue from where you stopped last time.")
@click.option(
    "--from-section",
    metavar="N|TITLE",
    help="Start at a section: its number counted from 1, or its heading.",
)
@click.option(
    "--from-chunk",
    type=click.IntRange(min=1),
    metavar="N",
    help="Start at chunk N, counted from 1 as the display shows.",
)
@options(*NARRATION)
@_friendly_errors
def speak(
    article: str, resume: bool, from_section: str | None, from_chunk: int | None, **values: Any
) -> None:
    """Say ARTICLE through the speakers.

    In a terminal: space pauses and resumes, n or right arrow skips to the next chunk, p or left
    arrow goes back one (or to the start of the current one), ] and [ move by section, + and -
    change the rate, q quits. Where you stopped is bookmarked for --resume."""
    if sum((resume, from_section is not None, from_chunk is not None)) > 1:
        raise click.UsageError("use only one of --resume, --from-section and --from-chunk")
    from narrator.pipeline.ahead import start

    # Started before the rest is imported: the article is read and cut alongside.
    with start([article], narration_config(values)) as started:
        from narrator.pipeline.engines import start_warming

        start_warming(started.config)  # a Piper voice loads while the rest is imported
        from narrator.player.session import StartPoint

        where = StartPoint(resume=resume, section=from_section, chunk=from_chunk)
        outcome = started.speak(where, notify=warn)
    if not outcome.finished:
        click.echo(
            f"stopped at chunk {outcome.chunk + 1}/{outcome.chunks}; "
            f"'narrator speak {article} --resume' continues from there"
        )
    if outcome.interrupted:
        sys.exit(130)


@main.command()
@click.argument(
    "folder",
    metavar="[DIR]",
    default="audio",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="The address to listen on; 0.0.0.0 lets a phone on the same network subscribe.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="The port to listen on (0: any free one).",
)
@click.option(
    "--token", help="A token every URL must carry (?token=...), for a server others can reach."
)
@click.option(
    "--base-url",
    help="The URL the feed's links start with (default: the address each client used).",
)
@_friendly_errors
def serve(folder: Path, host: str, port: int, token: str | None, base_url: str | None) -> None:
    """Serve DIR (default: audio) over HTTP: a listening page at /, the podcast feed at
    /feed.xml, and the narrations' files (with byte ranges). Ctrl+C stops it."""
    from narrator.server.run import serve as run_server

    run_server(folder, host, port, token, base_url, echo=click.echo)


@main.command()
@click.option("--variants", is_flag=True, help="List espeak-ng's voice variants instead.")
@options("engine", "voice_dir", "language")
@_friendly_errors
def voices(variants: bool, engine: str, voice_dir: Path | None, language: str | None) -> None:
    """List the speech engine's voices: id, name, languages. With espeak-ng a variant may follow
    the id, as in --voice gmw/en-us+f3. With --engine piper: the installed Piper voices. With
    --language, only the voices that speak it, the closest first."""
    from narrator.synthesis import espeak_variants, list_voices
    from narrator.synthesis.voices import voices_for_language

    if engine == "piper":
        from narrator.cli.voices import list_piper_voices

        list_piper_voices(voice_dir, language)
        return
    if variants:
        click.echo("\n".join(espeak_variants()))
        return
    found = list_voices()
    if language:
        found = voices_for_language(found, language)
        if not found:
            raise click.ClickException(
                f"no voice speaks '{language}'; run 'narrator voices' to list them all"
            )
    for voice_id, name, languages in found:
        click.echo(f"{voice_id}\t{name}\t{','.join(languages)}")


@main.group()
def cache() -> None:
    """Look at or empty the chunk cache (speech kept for re-renders)."""


@cache.command("info")
@_friendly_errors
def cache_info() -> None:
    """Show where the chunk cache is and how big it is."""
    info = _chunk_cache().info()
    click.echo(f"folder: {info.folder}")
    click.echo(f"entries: {info.entries}")
    click.echo(f"size: {info.size_bytes / 2**20:.1f} MiB of {info.max_bytes / 2**20:.0f} MiB")


@cache.command("clear")
@_friendly_errors
def cache_clear() -> None:
    """Delete every chunk in the cache."""
    chunk_cache = _chunk_cache()
    removed = chunk_cache.clear()
    click.echo(f"removed {removed} chunks from {chunk_cache.folder}")


def _chunk_cache() -> ChunkCache:
    """The chunk cache, with the size the preferences give it."""
    from narrator import pipeline
    from narrator.cli import preferences as settings

    size = settings.load().values.get("cache_size", settings.SPECS["cache_size"].default)
    return pipeline.chunk_cache(NarrationConfig(cache_max_mb=size))


@main.group()
def config() -> None:
    """Your preferences: a TOML file whose values become the options' defaults."""


@config.command("path")
def config_path() -> None:
    """Print where the preferences file is (or would be)."""
    from narrator.cli import preferences as settings

    click.echo(str(settings.config_path()))


@config.command("show")
@_friendly_errors
def config_show() -> None:
    """Print the effective settings and where each came from."""
    from narrator.cli import preferences as settings

    preferences = settings.load()
    exists = "" if preferences.path.exists() else " (not created yet)"
    click.echo(f"config file: {preferences.path}{exists}")
    for setting in settings.effective(preferences):
        value = "(not set)" if setting.value is None else str(setting.value)
        origin = setting.origin.value + (f", line {setting.line}" if setting.line else "")
        click.echo(f"{setting.name:<16} {value:<24} {origin}")
