"""The pipeline: source -> Article -> chunks -> speech -> speakers or audio files."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from narrator.audio import Clip, Progress, read_wav, slugify, with_silence, write_narration
from narrator.listening import Outcome, StartPoint, first_chunk, listen
from narrator.models import Article, NarrationConfig, Plan, SavedNarration
from narrator.playback import AplayPlayer, EnginePlayer, Prefetcher
from narrator.readers import read_article
from narrator.segmenter import segment
from narrator.synthesis import Pyttsx3Synthesizer, Synthesizer, check_audio_output

__all__ = [
    "DEFAULT_OUTPUT_ROOT",
    "Outcome",
    "Progress",
    "StartPoint",
    "plan",
    "save",
    "speak",
    "synthesize",
]

DEFAULT_OUTPUT_ROOT = Path("audio")
_SPEAK_AHEAD = 3
"""How many chunks `speak` synthesizes ahead of the one playing."""


def plan(source: str | Article, config: NarrationConfig | None = None) -> Plan:
    """Read `source` (a path, "-" for stdin, or an Article) and cut it into chunks."""
    config = config or NarrationConfig()
    article = source if isinstance(source, Article) else read_article(source)
    return Plan(article, tuple(segment(article, config)))


def make_synthesizer(config: NarrationConfig) -> Synthesizer:
    """The pyttsx3 synthesizer set up with the config's voice, rate and volume."""
    return Pyttsx3Synthesizer(voice=config.voice, rate_wpm=config.rate_wpm, volume=config.volume)


def speak(
    source: str | Article | Plan,
    config: NarrationConfig | None = None,
    synthesizer: Synthesizer | None = None,
    start: StartPoint | None = None,
    notify: Callable[[str], None] | None = None,
    interactive: bool | None = None,
) -> Outcome:
    """Say the article through the speakers from `start`, with its pauses; keys control it when
    stdin is a terminal (or `interactive`). The position is bookmarked when it stops early, and the
    bookmark cleared when it ends. `notify` receives warnings (a corrupt bookmark, say)."""
    out = sys.stdout  # before synthesis starts: it swaps sys.stdout to silence the engine
    config = config or NarrationConfig()
    narration = source if isinstance(source, Plan) else plan(source, config)
    first = first_chunk(narration, start or StartPoint(), notify or (lambda message: None))
    if sys.platform != "linux":
        player = EnginePlayer(synthesizer or make_synthesizer(config))
        return listen(narration, config, player, None, first, interactive, out)
    check_audio_output()
    new_synthesizer = (lambda _: synthesizer) if synthesizer else make_synthesizer
    prefetcher = Prefetcher(narration, config, new_synthesizer, ahead=_SPEAK_AHEAD)
    prefetcher.start(first)
    try:
        return listen(narration, config, AplayPlayer(), prefetcher.get, first, interactive, out)
    finally:
        prefetcher.close()


def save(
    source: str | Article | Plan,
    config: NarrationConfig | None = None,
    output_root: Path = DEFAULT_OUTPUT_ROOT,
    synthesizer: Synthesizer | None = None,
    progress: Progress | None = None,
) -> SavedNarration:
    """Narrate the article into `output_root/<slug>/`: a WAV per chunk, the whole narration, and
    manifest.json. The folder appears complete or not at all."""
    config = config or NarrationConfig()
    narration = source if isinstance(source, Plan) else plan(source, config)
    folder = output_root / slugify(narration.article.title)
    speech = synthesize(narration, config, synthesizer)
    clips = (
        with_silence(clip, chunk.pause_after_s)
        for chunk, clip in zip(narration.chunks, speech, strict=True)
    )
    return write_narration(narration, clips, folder, config, progress)


def synthesize(
    narration: Plan, config: NarrationConfig, synthesizer: Synthesizer | None = None
) -> Iterator[Clip]:
    """Each chunk's speech, in order (without the pause after it)."""
    synthesizer = synthesizer or make_synthesizer(config)
    with tempfile.TemporaryDirectory(prefix="narrator-") as folder:
        engine_file = Path(folder) / "engine.wav"
        for chunk in narration.chunks:
            synthesizer.save(chunk.spoken, engine_file)
            yield read_wav(engine_file)
