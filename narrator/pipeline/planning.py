"""Plans: each article read and cut into its chunks, in this process or in one of its own.

`cut` is the stage (the segmenter, with each chunk's spoken words). For a batch, `plans_for`
gives the plans of a list of sources in order. Where this process can be forked safely, the
reading and cutting run in a child started before the command line imports the rest of the
pipeline: the child's imports (the readers, the normalizers and their patterns, pysbd) and its
work then run on another core while this process imports the pipeline and starts the engines,
and its chunks arrive as they are cut (the seed is saved 20 to 30 ms sooner on 2 cores).
For `speak` the command line forks that child sooner still, with `fork_ahead`, before it
parses its options: the child imports the readers, the rules and the segmenter, and cuts a few
sentences unless its sources have come (`narrator.pipeline.warming`), while this process imports
click and the commands, then waits for its sources and config (the imports were 70 of the 80 ms
the seed's plan took).
Elsewhere each source is read and cut here, when its turn comes.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import traceback
from collections.abc import Callable, Sequence
from os import PathLike
from typing import IO, Any, Protocol

from narrator.errors import NarratorError
from narrator.models import Article, Chunk, NarrationConfig, Plan
from narrator.pipeline.processes import can_fork, end_with

OnChunk = Callable[[Chunk], None]
Source = str | PathLike[str] | Article | Plan
"""What can be planned: a path, "-" for stdin, a URL, an Article, or a Plan made already."""


def cut(article: Article, config: NarrationConfig, on_chunk: OnChunk | None = None) -> Plan:
    """The article's plan; `on_chunk` is told each chunk as soon as it is cut."""
    # Imported here, not with the module: the normalizers' patterns take 15 ms, which `save`
    # spends while its engines start, and an unchanged narration never needs them.
    from narrator.segmenter import segment
    from narrator.spoken import spoken
    from narrator.spoken.lexicon import load_default_lexicon, load_lexicon

    lexicon = load_lexicon(config.lexicon_path) if config.lexicon_path else load_default_lexicon()
    language = article.language or "en"
    say: Callable[[str], str] = lambda text: spoken(text, lexicon, language)  # noqa: E731
    if not _has_rules(language):
        # No rules of its own: the text is left to the voice of its language (espeak-ng reads
        # its numbers); English rules would read "2,5" in a Dutch story as "two,five".
        say = lexicon.apply if lexicon is not None else str
    chunks = []
    for chunk in segment(article, config, say):
        if on_chunk is not None:
            on_chunk(chunk)
        chunks.append(chunk)
    return Plan(article, tuple(chunks))


def _has_rules(language: str) -> bool:
    from narrator.spoken import UnknownLanguageError, language_for

    try:
        language_for(language)
    except UnknownLanguageError:
        return False
    return True


def read(source: Source, config: NarrationConfig) -> Article:
    """The article of `source` (read, unless it is an Article or a Plan already)."""
    if isinstance(source, Plan):
        return source.article
    if isinstance(source, Article):
        return source
    from narrator.pipeline.warming import import_readers

    import_readers()
    from narrator.readers.reading import read_article

    return read_article(source, config)


class Plans(Protocol):
    """The sources' articles and plans, one source after another, in order."""

    def article(self) -> Article:
        """The next source's article; its NarratorError if it cannot be read."""

    def plan(self, on_chunk: OnChunk | None = None) -> Plan:
        """The plan of the article last given, each chunk passed to `on_chunk` as it comes;
        a NarratorError if it cannot be cut. Not asking for it skips it."""

    def lexicon_text(self) -> str:
        """The text of the lexicon the plans are cut with, for the narration keys (see
        `narrator.spoken.lexicon.lexicon_text`); asked after the first article."""

    def close(self) -> None:
        """Stop planning (what is left is not needed)."""


def plans_for(sources: Sequence[Source], config: NarrationConfig) -> Plans:
    """The plans of `sources`: made ahead in a forked process where that is safe (every source
    a path or URL, Linux, no other thread), else here in turn. Close it when done."""
    paths = [source for source in sources if isinstance(source, str | PathLike)]
    if paths and len(paths) == len(sources):
        ahead = _take_ahead()
        if ahead is not None or can_fork():
            with contextlib.suppress(OSError):  # no process to spare: planned here instead
                return PlansInAChild(paths, config, ahead)
    return PlansHere(sources, config)


_AHEAD: _Planner | None = None
"""The planning process `fork_ahead` started, until `plans_for` gives it its work."""


def fork_ahead() -> None:
    """Fork the planning process now, where that is safe, before the sources and config are
    known: it gets ready to read and cut (see the module's docstring), and the next
    `plans_for` of paths hands it its work. Unused, it ends with this process."""
    global _AHEAD
    if _AHEAD is None and can_fork():
        with contextlib.suppress(OSError):
            _AHEAD = _Planner.fork(warm=True)


def _take_ahead() -> _Planner | None:
    global _AHEAD
    ahead, _AHEAD = _AHEAD, None
    return ahead


class PlansHere:
    """Plans made in this process, each when it is asked for."""

    def __init__(self, sources: Sequence[Source], config: NarrationConfig) -> None:
        self._sources = iter(sources)
        self._config = config
        self._source: Source | None = None
        self._article: Article | None = None

    def article(self) -> Article:
        """The next source's article (see `Plans`)."""
        self._article = None
        self._source = next(self._sources)
        self._article = read(self._source, self._config)
        return self._article

    def plan(self, on_chunk: OnChunk | None = None) -> Plan:
        """The current article's plan (see `Plans`)."""
        assert self._article is not None, "plan() asked before article()"
        if isinstance(self._source, Plan):
            return self._source
        return cut(self._article, self._config, on_chunk)

    def lexicon_text(self) -> str:
        """The lexicon's text (see `Plans`)."""
        from narrator.spoken.lexicon import lexicon_text

        return lexicon_text(self._config.lexicon_path)

    def close(self) -> None:
        """Nothing to stop."""


# What the child sends, for each source: its article (or the error reading it), then each chunk
# and the end of the plan (or the error cutting it); after the first source's article (or error),
# the lexicon's text, which this process needs for the narration keys and the child reads anyway
# (this process then never imports the spoken-form rules). A failure that is not a NarratorError
# (a bug) ends the stream with its traceback.
_ARTICLE, _CHUNK, _END, _ERROR, _FAILURE = "article", "chunk", "end", "error", "failure"
_LEXICON = "lexicon"


class PlansInAChild:
    """Plans made ahead by a forked process, streamed back through a pipe in order."""

    def __init__(
        self,
        sources: Sequence[str | PathLike[str]],
        config: NarrationConfig,
        ahead: _Planner | None = None,
    ) -> None:
        """Plans of `sources` by `ahead` (see `fork_ahead`), or by a process forked now."""
        self._left = len(sources)
        self._article: Article | None = None
        self._pending = False
        """Whether the chunks of the article last given are still to be read."""
        planner = ahead.given(sources, config) if ahead is not None else None
        planner = planner or _Planner.fork(warm=False).given(sources, config)
        if planner is None:
            raise OSError("the planning process ended before it was given its work")
        self._pid: int | None = planner.pid
        self._stream: IO[bytes] = planner.results
        self._lexicon: str | None = None
        self._held: tuple[str, Any] | None = None
        """A message read while looking for the lexicon's text, given out next."""

    def article(self) -> Article:
        """The next source's article (see `Plans`)."""
        if self._pending:
            self._skip()
        self._left -= 1
        kind, value = self._receive()
        if kind == _ERROR:
            raise value
        article: Article = value
        self._article, self._pending = article, True
        return article

    def plan(self, on_chunk: OnChunk | None = None) -> Plan:
        """The current article's plan (see `Plans`)."""
        assert self._article is not None and self._pending, "plan() asked before article()"
        chunks = []
        while True:
            kind, value = self._receive()
            if kind == _CHUNK:
                if on_chunk is not None:
                    on_chunk(value)
                chunks.append(value)
                continue
            self._pending = False
            if kind == _ERROR:
                raise value
            return Plan(self._article, tuple(chunks))

    def close(self) -> None:
        """Stop the child if it is still at work, and wait for it to end."""
        if self._pid is None:
            return
        self._stream.close()
        if self._left or self._pending:
            os.kill(self._pid, signal.SIGKILL)  # it may be reading a slow URL
        os.waitpid(self._pid, 0)
        self._pid = None

    def _skip(self) -> None:
        while self._receive()[0] == _CHUNK:
            pass
        self._pending = False

    def lexicon_text(self) -> str:
        """The lexicon's text, as the child read it (see `Plans`)."""
        while self._lexicon is None:
            message = self._next()
            if message[0] == _LEXICON:
                self._lexicon = message[1]
            else:  # the first article, which the lexicon follows
                self._held = message
        return self._lexicon

    def _receive(self) -> tuple[str, Any]:
        while True:
            kind, value = self._held or self._next()
            self._held = None
            if kind != _LEXICON:
                return kind, value
            self._lexicon = value

    def _next(self) -> tuple[str, Any]:
        try:
            kind, value = pickle.load(self._stream)
        except EOFError:
            raise RuntimeError("the process reading the articles ended unexpectedly") from None
        if kind == _FAILURE:
            raise RuntimeError(f"reading the articles failed:\n{value}")
        return kind, value


class _Planner:
    """A forked planning process: given its sources and config through one pipe, it sends the
    plans back through another."""

    def __init__(self, pid: int, results: IO[bytes], work: IO[bytes]) -> None:
        self.pid = pid
        self.results = results
        self._work = work

    @classmethod
    def fork(cls, warm: bool) -> _Planner:
        """A planning process, forked now; `warm`: it gets ready to read and cut meanwhile."""
        results_read, results_write = os.pipe()
        _widen(results_write)
        work_read, work_write = os.pipe()
        # A child would write out its copy of what this process has not flushed yet.
        sys.stdout.flush()
        sys.stderr.flush()
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            for end in (results_read, results_write, work_read, work_write):
                os.close(end)
            raise
        if pid == 0:
            os.close(results_read)
            os.close(work_write)
            _child(work_read, results_write, parent, warm)
        os.close(results_write)
        os.close(work_read)
        return cls(pid, os.fdopen(results_read, "rb"), os.fdopen(work_write, "wb"))

    def given(
        self, sources: Sequence[str | PathLike[str]], config: NarrationConfig
    ) -> _Planner | None:
        """The planner, once it has its work; None (and it is ended) when it cannot take it."""
        try:
            with self._work:
                pickle.dump((list(sources), config), self._work, pickle.HIGHEST_PROTOCOL)
        except OSError:
            self.results.close()
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            return None
        return self


def _widen(pipe: int) -> None:
    """A plans pipe of 1 MB (Linux), not 64 kB (one plan): the child cuts ahead of a busy parent."""
    with contextlib.suppress(OSError, AttributeError):
        import fcntl

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, 1 << 20)


def _child(work: int, out: int, parent: int, warm: bool) -> None:
    """Read and cut every source it is given through `work`, sending each result down `out`;
    never returns."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    code = 0
    stream = os.fdopen(out, "wb")
    try:
        end_with(parent)
        if warm:
            from narrator.pipeline.warming import warm_up

            warm_up(given=lambda: _readable(work))
        with os.fdopen(work, "rb") as given:
            try:
                sources, config = pickle.load(given)
            except EOFError:  # the parent has ended, or needs no plans
                os._exit(0)
        _send_plans(sources, config, stream)
    except BrokenPipeError:
        pass  # the parent needs no more
    except BaseException:  # a bug: its traceback is the parent's to show
        code = 70
        with contextlib.suppress(OSError):
            _send(stream, _FAILURE, traceback.format_exc())
    finally:
        with contextlib.suppress(OSError):
            stream.close()
        from narrator import dataclass_code

        dataclass_code.save()  # what the exit handlers do, which os._exit skips
        os._exit(code)


def _readable(descriptor: int) -> bool:
    """Whether `descriptor` has something to read (or its end) now."""
    import select

    return bool(select.select([descriptor], [], [], 0)[0])


def _send_plans(
    sources: Sequence[str | PathLike[str]], config: NarrationConfig, out: IO[bytes]
) -> None:
    for number, source in enumerate(sources):
        try:
            article = read(source, config)
        except NarratorError as error:
            _send(out, _ERROR, error)
            if number == 0:
                _send_lexicon(config, out)
            continue
        _send(out, _ARTICLE, article)
        if number == 0:
            _send_lexicon(config, out)
        try:
            cut(article, config, lambda chunk: _send(out, _CHUNK, chunk))
        except NarratorError as error:
            _send(out, _ERROR, error)
            continue
        _send(out, _END, None)


def _send_lexicon(config: NarrationConfig, out: IO[bytes]) -> None:
    from narrator.spoken.lexicon import lexicon_text

    _send(out, _LEXICON, lexicon_text(config.lexicon_path))


def _send(out: IO[bytes], kind: str, value: object) -> None:
    pickle.dump((kind, value), out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()
