"""The pipeline: source -> Article -> chunks -> speech -> speakers or audio files."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from narrator.audio import Clip, Progress, read_wav, with_silence, write_narration
from narrator.folders import narration_folder
from narrator.models import Article, NarrationConfig, Plan, SavedNarration
from narrator.readers import read_article
from narrator.segmenter import segment
from narrator.synthesis import Pyttsx3Synthesizer, Synthesizer, check_audio_output

__all__ = ["DEFAULT_OUTPUT_ROOT", "Progress", "plan", "save", "speak", "synthesize"]

DEFAULT_OUTPUT_ROOT = Path("audio")


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
) -> None:
    """Say the article through the speakers, chunk by chunk, with its pauses."""
    config = config or NarrationConfig()
    narration = source if isinstance(source, Plan) else plan(source, config)
    check_audio_output()
    synthesizer = synthesizer or make_synthesizer(config)
    for chunk in narration.chunks:
        synthesizer.speak(chunk.spoken)
        time.sleep(chunk.pause_after_s)


def save(
    source: str | Article | Plan,
    config: NarrationConfig | None = None,
    output_root: Path = DEFAULT_OUTPUT_ROOT,
    synthesizer: Synthesizer | None = None,
    progress: Progress | None = None,
) -> SavedNarration:
    """Narrate the article into `output_root/<slug>/`: a file per chunk, the whole narration,
    transcripts, a playlist and manifest.json. The folder appears complete or not at all."""
    config = config or NarrationConfig()
    narration = source if isinstance(source, Plan) else plan(source, config)
    folder = narration_folder(output_root, narration.article)
    clips = synthesize(narration, config, synthesizer)
    return write_narration(narration, clips, folder, config, progress)


def synthesize(
    narration: Plan, config: NarrationConfig, synthesizer: Synthesizer | None = None
) -> Iterator[Clip]:
    """Each chunk's speech followed by its pause, in order."""
    synthesizer = synthesizer or make_synthesizer(config)
    with tempfile.TemporaryDirectory(prefix="narrator-") as folder:
        engine_file = Path(folder) / "engine.wav"
        for chunk in narration.chunks:
            synthesizer.save(chunk.spoken, engine_file)
            yield with_silence(read_wav(engine_file), chunk.pause_after_s)
