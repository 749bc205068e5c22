"""The pipeline: source -> Article -> chunks -> speech -> speakers or audio files.

Saving lives here; saying, in `narrator.pipeline.speaking` (re-exported), and the speech both
make, in `narrator.pipeline.speech`.

What only the writing of a narration needs (the writer, its loudness passes and tags, the
finishing processes) is imported when the first narration is written, not with this module: a
first save then starts its engines (see `_plans`) that much sooner, and they speak while the
rest is imported. The narration key's lexicon text comes with the plans, from the process that
cuts them: this one never imports the spoken-form rules."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec

from narrator.audio.folders import narration_folder, release_all
from narrator.audio.manifest import read_manifest
from narrator.audio.timings import Progress, Speech
from narrator.cache.previous import Remake, previous_narration, remake
from narrator.errors import NarratorError
from narrator.models import (
    DEFAULT_OUTPUT_ROOT,
    Article,
    NarrationConfig,
    Plan,
    SavedNarration,
)
from narrator.pipeline.jobs import SpeechJobs
from narrator.pipeline.planning import Plans, PlansHere, Source, cut, read
from narrator.pipeline.processes import job_count
from narrator.pipeline.speaking import speak
from narrator.pipeline.speech import (
    chunk_cache,
    engine_name_of,
    make_synthesizer,
    speech_jobs,
    synthesize,
)
from narrator.pipeline.voices import Voices
from narrator.synthesis import Synthesizer

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from narrator.audio.writer import StagedNarration
    from narrator.cache import ChunkCache
    from narrator.pipeline.finishing import Finishing

P = ParamSpec("P")

__all__ = [
    "DEFAULT_OUTPUT_ROOT",
    "Progress",
    "chunk_cache",
    "make_synthesizer",
    "plan",
    "save",
    "save_many",
    "speak",
    "synthesize",
]


def plan(source: str | PathLike[str] | Article, config: NarrationConfig | None = None) -> Plan:
    """Read `source` (a path, "-" for stdin, a URL, or an Article) and cut it into chunks."""
    config = config or NarrationConfig()
    return cut(read(source, config), config)


def save(
    source: Source,
    config: NarrationConfig | None = None,
    output_root: str | PathLike[str] = DEFAULT_OUTPUT_ROOT,
    synthesizer: Synthesizer | None = None,
    progress: Progress | None = None,
) -> SavedNarration:
    """Narrate the article into `output_root/<slug>/`: a file per chunk, the whole narration,
    transcripts, a playlist and manifest.json. The folder appears complete or not at all."""
    [saved] = save_many([source], config, output_root, synthesizer, progress)
    return saved


def save_many(
    sources: Sequence[Source],
    config: NarrationConfig | None = None,
    output_root: str | PathLike[str] = DEFAULT_OUTPUT_ROOT,
    synthesizer: Synthesizer | None = None,
    progress: Progress | None = None,
) -> Iterator[SavedNarration]:
    """Narrate each source into its own folder under `output_root`, in order, yielding each one
    when it is written; the chunk cache and `config.jobs` engines are shared by all of them. A
    folder already made from the same article, lexicon, settings and engine is kept as it is.

    The first error stops the batch: the folders already written stay, the one in progress is
    never left half-written, and the workers are stopped.
    """
    config = config or NarrationConfig()
    plans = PlansHere(sources, config)
    yield from save_planned(sources, plans, config, Path(output_root), synthesizer, progress)


def save_planned(
    sources: Sequence[Source],
    plans: Plans,
    config: NarrationConfig,
    root: Path,
    synthesizer: Synthesizer | None = None,
    progress: Progress | None = None,
) -> Iterator[SavedNarration]:
    """`save_many`, the sources' plans coming from `plans` (made ahead unless it is a
    PlansHere: see `narrator.pipeline.ahead`)."""
    engine = engine_name_of(synthesizer, config)
    cache = chunk_cache(config) if config.use_cache else None
    try:
        yield from _saved_each(sources, plans, config, root, synthesizer, progress, engine, cache)
    finally:
        # Every finishing is over (its `with` waited): a folder still reserved was not written.
        release_all()


def _saved_each(
    sources: Sequence[Source],
    plans: Plans,
    config: NarrationConfig,
    root: Path,
    synthesizer: Synthesizer | None,
    progress: Progress | None,
    engine: str,
    cache: ChunkCache | None,
) -> Iterator[SavedNarration]:
    """Each source's narration, staged here and finished by the finishing processes."""
    from narrator.audio.freshness import up_to_date

    written: set[Path] = set()
    voices = Voices(config, synthesizer is not None)
    processes = _finishing_processes(config, len(sources))
    with (
        speech_jobs(config, synthesizer, len(sources), cache, voices) as jobs,
        _Finishing(processes, jobs.workers) as finishing,
    ):
        if processes == 0:
            jobs.let_go_when_done()  # no narration is finished in the engine workers
        # A narration finished here at a loudness needs numpy once its first chunk is spoken.
        numpy_here = processes == 0 and config.loudness_lufs is not None
        work = jobs.by_plan(_plans(sources, plans, voices, root, engine, jobs, numpy_here))
        try:
            for source, (narration, speech) in zip(sources, work, strict=True):
                if isinstance(narration, SavedNarration):
                    yield from finishing.finished(wait_all=True)
                    if progress:
                        progress(len(narration.chunk_files), len(narration.chunk_files))
                    yield narration
                    continue
                clips: Iterable[Speech] = speech
                if isinstance(narration, Remake):
                    clips = narration.speech(speech)
                    narration = narration.plan
                folder = narration_folder(root, narration.article, reserve=True)
                voiced = voices.config_for(narration.article)
                key = _render_key(source, narration.article, voiced, engine, plans.lexicon_text())
                # `_plans` checked each folder as it was before this batch; one that an earlier
                # article of the batch has written (the same file given twice) is checked again.
                if folder in written:
                    yield from finishing.finished(wait_all=True)
                unchanged = (
                    up_to_date(folder, key) if config.use_cache and folder in written else None
                )
                if unchanged is not None:
                    yield unchanged
                    continue
                written.add(folder)
                # Finished here, a narration is written as its chunks come, while the engines
                # speak; finishing processes write theirs (see narrator.pipeline.finishing).
                yield from finishing.stage(
                    stage_narration,
                    narration,
                    clips,
                    folder,
                    voiced,
                    progress,
                    key,
                    engine,
                    write_ahead=processes == 0,
                )
        except Exception:
            # The next article cannot be read (say): those staged before it are finished, and
            # handed back before the error, as they would have been one by one.
            yield from finishing.settled()
            raise
        yield from finishing.finished(wait_all=True)
        # Trimmed before the jobs are closed: workers let go (see `let_go_when_done`) end
        # meanwhile.
        if cache is not None and cache.added:
            cache.trim()


def _plans(
    sources: Iterable[Source],
    plans: Plans,
    voices: Voices,
    output_root: Path,
    engine: str,
    jobs: SpeechJobs,
    numpy_here: bool = False,
) -> Iterator[Plan | Remake | SavedNarration | NarratorError]:
    """Each source's plan; or, when nothing it depends on has changed, the narration already
    saved (found before the article is cut into chunks); or the error reading it (raised in its
    turn by `jobs`). For a first narration the engines start, and take chunks, while the article
    is being cut; an edited one, mostly in the cache or the previous narration, waits to see how
    much is to be made."""
    from narrator.audio.freshness import up_to_date

    folders: set[Path] = set()
    for source in sources:
        try:
            article = plans.article()
            config = voices.config_for(article)
            folder = narration_folder(output_root, article)
            manifest = read_manifest(folder) if config.use_cache else None
            if manifest is not None:
                key = _render_key(source, article, config, engine, plans.lexicon_text())
                unchanged = up_to_date(folder, key, manifest)
                if unchanged is not None:
                    yield unchanged
                    continue
            # A folder this batch writes twice (the same file given twice) is remade from the
            # cache: the narration it holds now may be replaced before this one is written.
            previous = None
            if folder not in folders:
                previous = previous_narration(folder, manifest, config, engine)
            folders.add(folder)
            if manifest is None:
                jobs.start()
                if numpy_here and jobs.forks_decided():
                    _import_the_writing_meanwhile()
            narration = plans.plan(jobs.prefetcher(article))
            _import_the_writing()
            yield remake(narration, previous) if previous is not None else narration
        except NarratorError as error:
            yield error


@functools.cache
def _import_the_writing_meanwhile() -> None:
    """Import what writes a narration at a loudness here (see `_import_the_writing`), numpy
    with it, on a thread of its own while the article is cut and its first chunks spoken: this
    thread, which waits for the plan meanwhile, then has them at hand. numpy's import (55-70 ms
    of CPU) was on the critical path, between the first chunk's arrival and its measuring.
    Only once the engines are forked (`SpeechJobs.forks_decided`): a thread running would have
    them spawned instead."""

    def imported() -> None:
        try:
            import narrator.pipeline.finishing  # noqa: F401
            from narrator.audio.leveled import keep_freed_memory

            keep_freed_memory()
            import numpy  # noqa: F401
        except ImportError:
            pass  # a package missing is said when the narration is staged, in one line

    threading.Thread(target=imported, name="narrator-imports", daemon=True).start()


def _import_the_writing() -> None:
    """Import what writes a narration (the finishing, and with it the writer, 25-30 ms) once its
    chunks are with the engines, which speak meanwhile: imported before, it kept the engines,
    started first, waiting for their first chunk."""
    import narrator.pipeline.finishing  # noqa: F401


class _Finishing:
    """`narrator.pipeline.finishing.Finishing`, imported and entered when the first narration is
    staged: an unchanged narration needs neither it nor the writer it imports."""

    def __init__(self, processes: int, engines: Callable[[], Executor | None]) -> None:
        self._processes = processes
        self._engines = engines
        self._finishing: Finishing | None = None

    def stage(
        self, stage: Callable[P, StagedNarration], *args: P.args, **kwargs: P.kwargs
    ) -> Iterator[SavedNarration]:
        """`Finishing.stage`."""
        if self._finishing is None:
            from narrator.pipeline.finishing import Finishing

            self._finishing = Finishing(self._processes, self._engines).__enter__()
        return self._finishing.stage(stage, *args, **kwargs)

    def finished(self, wait_all: bool = False) -> Iterator[SavedNarration]:
        """`Finishing.finished`: none before the first narration is staged."""
        return self._finishing.finished(wait_all) if self._finishing is not None else iter(())

    def settled(self) -> Iterator[SavedNarration]:
        """`Finishing.settled`: none before the first narration is staged."""
        return self._finishing.settled() if self._finishing is not None else iter(())

    def __enter__(self) -> _Finishing:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        if self._finishing is not None:
            self._finishing.__exit__(*exc_info)


def _finishing_processes(config: NarrationConfig, narrations: int) -> int:
    """How many processes finish a batch's narrations (see `narrator.pipeline.finishing`): one
    per engine when there is loudness to set or audio to encode; none for WAV at the engine's
    level, whose audio is written as it comes and whose finishing (tags, transcripts, manifest)
    takes less than handing it to a process."""
    if narrations < 2 or (config.audio_format == "wav" and config.loudness_lufs is None):
        return 0
    return job_count(config)


def stage_narration(*args: Any, **kwargs: Any) -> StagedNarration:
    """`narrator.audio.writer.stage_narration`, imported when the first narration is written."""
    from narrator.audio.writer import stage_narration as stage

    return stage(*args, **kwargs)


def _render_key(
    source: Source, article: Article, config: NarrationConfig, engine: str, lexicon: str
) -> str:
    """The narration key of a source, with the text of the lexicon it is cut with: its plan's
    chunks count only for a plan made elsewhere."""
    from narrator.audio.freshness import narration_key

    chunks = source.chunks if isinstance(source, Plan) else None
    return narration_key(article, config, engine, lexicon, chunks)
