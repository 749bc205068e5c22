"""What the commands print: the plan as text, a save's summary, the progress bar, warnings."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from narrator.models import NarrationConfig, Plan, SavedNarration

if TYPE_CHECKING:
    from narrator.audio.timings import Progress
    from narrator.spoken.readings import Reading


def plan_text(narration: Plan, explain: bool = False) -> str:
    """The plan as `narrator plan` shows it: each chunk, its section, kind and pause; with
    ``explain``, each token the spoken-form rules rewrote, their class and the reading."""
    lines = [f"Title: {narration.article.title}"]
    if narration.article.byline:
        lines.append(f"Byline: {narration.article.byline}")
    if narration.article.language:
        lines.append(f"Language: {narration.article.language}")
    # Counted from 1, as `speak` shows them and --from-chunk and --from-section take them
    # (the JSON plan keeps its 0-based indexes).
    sections = {number: n for n, number in enumerate(_sections(narration), start=1)}
    for chunk in narration.chunks:
        lines.append(
            f"\n[{chunk.index + 1}] section {sections[chunk.section]}, {chunk.kind.value}, "
            f"pause {chunk.pause_after_s:g} s\n  {chunk.text}"
        )
        if chunk.spoken != chunk.text:
            lines.append(f"  spoken: {chunk.spoken}")
        if explain:
            lines.extend(
                f"    {r.written!r} -> {r.said!r}  ({r.semiotic_class})"
                for r in readings(chunk.text, narration.article.language)
            )
    return "\n".join(lines)


def _sections(narration: Plan) -> dict[int, None]:
    """The sections that have chunks, in order, as `speak` numbers them."""
    return dict.fromkeys(chunk.section for chunk in narration.chunks)


def readings(text: str, language: str | None = None) -> list[Reading]:
    """How the spoken-form rules of `language` read ``text``, token by token (none for a
    language without rules: its text is read as written)."""
    from narrator.spoken import UnknownLanguageError, explain

    try:
        return explain(text, language or "en")
    except UnknownLanguageError:
        return []


def readings_json(text: str, language: str | None = None) -> list[dict[str, str]]:
    """`readings` in the shape of `narrator plan --json --explain`."""
    return [
        {"written": r.written, "class": r.semiotic_class, "said": r.said}
        for r in readings(text, language)
    ]


def save_summary(saved: SavedNarration, config: NarrationConfig) -> str:
    """What a listener needs after a save: where, how long, the chapters, the files."""
    from narrator.player.clock import clock  # the player's clock, read the same way

    loudness = f", {saved.loudness_lufs:.1f} LUFS" if saved.loudness_lufs is not None else ""
    stereo = ", stereo" if config.channels == 2 else ""
    chunks = saved.chunk_files
    lines = [
        f"{saved.folder}  ({saved.duration_s:.1f} s, {len(chunks)} chunks)",
        f"Duration: {clock(saved.duration_s)} ({config.audio_format.upper()}{stereo}{loudness})",
        "Chapters:",
        *(f"  {clock(c.start_s):>7}  {c.title}" for c in saved.chapters),
        "Files:",
        f"  {saved.narration.name}  (the whole narration)",
        f"  {chunks[0].name} \u2026 {chunks[-1].name}  ({len(chunks)} chunks)",
        "  " + ", ".join(p.name for p in (*saved.extra_files, saved.manifest)),
    ]
    return "\n".join(lines)


def progress_bar() -> Progress | None:
    """A chunk counter on standard error when it is a terminal; None elsewhere."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        click.echo(f"\rnarrating: chunk {done}/{total}", nl=False, err=True)
        click.echo(end, nl=False, err=True)

    return show


def warn(message: str) -> None:
    """A warning on standard error."""
    click.echo(f"warning: {message}", err=True)
