"""The `narrator` command line: options become a NarrationConfig, then one library call."""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import replace
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from narrator.audio.codecs import FILE_FORMATS
from narrator.errors import NarratorError
from narrator.models import DEFAULT_OUTPUT_ROOT, NarrationConfig, Plan, SavedNarration

if TYPE_CHECKING:
    from narrator.audio.narration import Progress
    from narrator.cache import ChunkCache

F = TypeVar("F", bound=Callable[..., Any])

_ARTICLE = click.argument("article", metavar="ARTICLE")
"""A path, "-" for standard input, or an http(s) URL."""


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
        click.option(
            "--input-format",
            type=click.Choice(["text", "markdown", "html"]),
            help="The article's format  [default: from the extension, the server or the content]",
        ),
        click.option(
            "--read-alt-text",
            is_flag=True,
            help="Read images' alt text instead of skipping images.",
        ),
        click.option(
            "--code",
            "code_mode",
            type=click.Choice(["read", "announce", "skip"]),
            default="announce",
            show_default=True,
            help="Code samples and tables: read them, announce them in one phrase, or skip them.",
        ),
        click.option(
            "--fetch-timeout",
            "fetch_timeout_s",
            type=click.FloatRange(0.1, 600),
            default=15.0,
            show_default=True,
            help="Seconds to wait for a URL's server.",
        ),
        click.option(
            "--lexicon",
            "lexicon_path",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="A pronunciation lexicon (TOML)  [default: the user config folder's lexicon.toml]",
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
        input_format=options["input_format"],
        read_alt_text=options["read_alt_text"],
        code_mode=options["code_mode"],
        fetch_timeout_s=options["fetch_timeout_s"],
        lexicon_path=options["lexicon_path"],
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
@click.pass_context
def main(ctx: click.Context) -> None:
    """Narrate articles: plain text, Markdown, saved web pages or URLs, spoken or saved as audio.

    Preferences in the config file (see 'narrator config path') become the options' defaults."""
    if ctx.invoked_subcommand in _COMMANDS_WITH_PREFERENCES:
        ctx.default_map = _preference_defaults()
    # Stopped by `kill` (or a service manager), unwind as for Ctrl-C: no half-written folder.
    signal.signal(signal.SIGTERM, _exit_when_terminated)


def _exit_when_terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


_COMMANDS_WITH_PREFERENCES = ("plan", "save", "speak")


def _preference_defaults() -> dict[str, dict[str, Any]]:
    """The config file's values as defaults of the commands that narrate."""
    from narrator.cli import preferences as settings

    try:
        defaults = settings.option_defaults(settings.load())
    except NarratorError as error:
        raise click.ClickException(str(error)) from None
    return {command: defaults for command in _COMMANDS_WITH_PREFERENCES}


@main.command()
@_ARTICLE
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON.")
@_narration_options
@_friendly_errors
def plan(article: str, as_json: bool, **options: Any) -> None:
    """Show how ARTICLE will be narrated: its chunks, pauses and spoken text."""
    from narrator import pipeline

    narration = pipeline.plan(article, _config(options))
    if as_json:
        click.echo(json.dumps(narration.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(_plan_text(narration))


@main.command()
@click.argument("articles", metavar="ARTICLE...", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    "output_root",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_OUTPUT_ROOT,
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
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="Speech engines running in parallel  [default: one per CPU core]",
)
@click.option("--no-cache", is_flag=True, help="Synthesize every chunk again; store nothing.")
@click.option(
    "--cache-size",
    "cache_max_mb",
    type=click.IntRange(1, 1_000_000),
    default=1024,
    show_default=True,
    metavar="MB",
    help="Largest the chunk cache may grow; the least recently used chunks go first.",
)
@click.option(
    "--reproducible",
    is_flag=True,
    help="The same bytes whatever --jobs: each chunk made by a fresh copy of an engine "
    "(a batch takes about 40% longer).",
)
@_friendly_errors
def save(
    articles: tuple[str, ...],
    output_root: Path,
    audio_format: str,
    loudness_lufs: float | None,
    **options: Any,
) -> None:
    """Narrate each ARTICLE (files, or folders of them) into audio files: one per chunk, the
    whole with chapters and tags, transcripts (WebVTT, SRT), a playlist and a manifest."""
    config = replace(
        _config(options),
        audio_format=audio_format,
        loudness_lufs=loudness_lufs,
        jobs=options["jobs"],
        use_cache=not options["no_cache"],
        cache_max_mb=options["cache_max_mb"],
        reproducible=options["reproducible"],
    )
    sources = _article_files(articles)
    # Started before the pipeline is imported, so that the articles are read and cut alongside.
    from narrator.pipeline.planning import plans_for

    with closing(plans_for(sources, config)) as plans:
        from narrator import pipeline

        progress = _progress_bar()
        for saved in pipeline.save_many(
            sources, config, output_root, progress=progress, plans=plans
        ):
            click.echo(_save_summary(saved, config))


_ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}


def _article_files(articles: tuple[str, ...]) -> list[str]:
    """The articles given, with each folder replaced by the article files inside it, sorted."""
    sources: list[str] = []
    for article in articles:
        folder = Path(article)
        if article == "-" or not folder.is_dir():
            sources.append(article)
            continue
        found = sorted(
            str(path)
            for path in folder.rglob("*")
            if path.suffix.lower() in _ARTICLE_SUFFIXES
            and path.is_file()
            and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        )
        if not found:
            suffixes = ", ".join(sorted(_ARTICLE_SUFFIXES))
            raise click.ClickException(
                f"'{article}' holds no article files ({suffixes}); give files or another folder"
            )
        sources.extend(found)
    return sources


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
@_narration_options
@_friendly_errors
def speak(
    article: str, resume: bool, from_section: str | None, from_chunk: int | None, **options: Any
) -> None:
    """Say ARTICLE through the speakers.

    In a terminal: space pauses and resumes, n or right arrow skips to the next chunk, p or left
    arrow goes back one (or to the start of the current one), ] and [ move by section, + and -
    change the rate, q quits. Where you stopped is bookmarked for --resume."""
    if sum((resume, from_section is not None, from_chunk is not None)) > 1:
        raise click.UsageError("use only one of --resume, --from-section and --from-chunk")
    config = _config(options)
    # Started before the rest is imported, so that the article is read and cut alongside.
    from narrator.pipeline.planning import plans_for

    with closing(plans_for([article], config)) as plans:
        from narrator import pipeline
        from narrator.player.session import StartPoint

        start = StartPoint(resume=resume, section=from_section, chunk=from_chunk)
        outcome = pipeline.speak(article, config, start=start, notify=_warn, plans=plans)
    if not outcome.finished:
        click.echo(
            f"stopped at chunk {outcome.chunk + 1}/{outcome.chunks}; "
            f"'narrator speak {article} --resume' continues from there"
        )
    if outcome.interrupted:
        sys.exit(130)


def _warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


@main.command()
@click.option("--variants", is_flag=True, help="List espeak-ng's voice variants instead.")
@_friendly_errors
def voices(variants: bool) -> None:
    """List the speech engine's voices: id, name, languages. With espeak-ng a variant may follow
    the id, as in --voice gmw/en-us+f3."""
    from narrator.synthesis import espeak_variants, list_voices

    if variants:
        click.echo("\n".join(espeak_variants()))
        return
    for voice_id, name, languages in list_voices():
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


def _progress_bar() -> Progress | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        click.echo(f"\rnarrating: chunk {done}/{total}", nl=False, err=True)
        click.echo(end, nl=False, err=True)

    return show


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


def run() -> None:
    """The `narrator` command: `main`, with the garbage collector tuned for a short process,
    which ends without tearing the interpreter down."""
    import gc

    # A run makes many long-lived objects (click's, the compiled patterns, the plan) and few
    # cycles: collecting rarely, and not walking every object again at exit, saves tens of ms.
    gc.set_threshold(50_000, 50, 100)
    try:
        main()
    except SystemExit as exit_:
        _exit(exit_)
    finally:
        gc.freeze()


def _exit(exit_: SystemExit) -> None:
    """Exit as Python would on `exit_`, but without freeing every module and object one by one
    (6 to 10 ms of each run): the atexit handlers run and the output is flushed, then the
    process ends. Python's own exit is kept while another thread runs, which it waits for, and
    under a profiler or debugger, which reports once the program is over."""
    import atexit
    import os
    import threading

    if threading.active_count() > 1 or sys.getprofile() or sys.gettrace():
        raise exit_
    status = exit_code(exit_.code)
    if not isinstance(exit_.code, int | None):
        print(exit_.code, file=sys.stderr)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be said
            status = status or 120  # what Python's own exit gives when it cannot flush
    os._exit(status)


def exit_code(code: object) -> int:
    """The exit status of `sys.exit(code)`: 0 for None, the number, else 1 (a message)."""
    if code is None:
        return 0
    return code if isinstance(code, int) else 1
