"""manifest.json: what a narration folder holds, typed, and the one place it is written and read.

The JSON keeps its shape (keys in this order, times rounded to the microsecond): players and
scripts read it. Keys added over time are optional when read, so an older folder still
tells its source and its files; one that cannot be understood reads as no manifest at all,
and the narration is simply made again.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from narrator.audio.timings import ChunkTiming
from narrator.models import Chapter, ChunkKind, NarrationConfig, Plan, PlanSection

MANIFEST_NAME = "manifest.json"
TRANSCRIPTS = ("transcript.vtt", "transcript.srt")
PLAYLIST = "playlist.m3u"

T = TypeVar("T")


class ManifestError(ValueError):
    """A manifest.json whose content does not have the manifest's shape."""


def public_source(source: str) -> str:
    """Where an article came from, as a shared narration may tell: a URL without its user
    and password, the name of a local file (never its folders), "-" for stdin."""
    if "://" in source:
        from urllib.parse import urlsplit

        parts = urlsplit(source)
        return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()
    if source in ("", "-"):
        return source
    return Path(source).name


@dataclass(frozen=True)
class ChunkRecord:
    """One chunk file and where it sits in the whole narration."""

    index: int
    file: str
    section: int
    kind: ChunkKind
    text: str
    spoken: str
    start_s: float
    end_s: float
    pause_after_s: float
    speech_end_s: float
    start_frame: int | None
    """None in manifests written before frames were recorded."""
    frame_count: int | None
    """The chunk's frames, speech and pause (None in older manifests)."""


@dataclass(frozen=True)
class LoudnessRecord:
    """How the narration's loudness was set: `integrated_lufs` is measured on what was
    encoded, plus for MP3 and Ogg the encoder's change measured on the first minute."""

    target_lufs: float
    max_true_peak_dbtp: float
    spoken_lufs: float | None
    gain_db: float
    limited: bool
    codec_change_db: float
    integrated_lufs: float | None


@dataclass(frozen=True)
class Manifest:
    """A narration folder's manifest, its fields in the order manifest.json lists them."""

    title: str
    byline: str | None
    source: str
    voice: str | None
    rate_wpm: int
    volume: float
    file: str
    """The whole narration's file name."""
    duration_s: float
    sections: tuple[PlanSection, ...]
    chunks: tuple[ChunkRecord, ...]
    format: str
    frame_rate: int
    chapters: tuple[Chapter, ...]
    transcripts: tuple[str, ...]
    playlist: str
    source_id: str | None
    loudness: LoudnessRecord | None = None
    engine: str | None = None
    """The engine's name and version (None in older manifests)."""
    reproducible: bool | None = None
    render_key: str | None = None
    """The narration key it was made from (see narrator.audio.freshness)."""
    language: str | None = None
    """The article's language, a BCP-47 code (None in older manifests)."""
    date: str | None = None
    """The article's own publication date, as the reader found it (None when it gave none)."""

    def to_json(self) -> dict[str, object]:
        """The manifest as manifest.json has it."""
        fields = dict(vars(self))
        fields["sections"] = [vars(section) for section in self.sections]
        fields["chunks"] = [_chunk_json(chunk) for chunk in self.chunks]
        fields["chapters"] = [vars(chapter) for chapter in self.chapters]
        fields["transcripts"] = list(self.transcripts)
        fields["loudness"] = vars(self.loudness) if self.loudness else None
        return fields


@dataclass(frozen=True)
class Written:
    """What a narration's manifest records beyond its plan and its timings."""

    whole_name: str
    chapters: tuple[Chapter, ...]
    source_id: str
    loudness: LoudnessRecord | None
    engine: str | None
    render_key: str | None


def manifest_for(
    narration: Plan, config: NarrationConfig, timings: list[ChunkTiming], written: Written
) -> Manifest:
    """The manifest of a narration written with these timings."""
    article = narration.article
    return Manifest(
        title=article.title,
        byline=article.byline,
        source=public_source(article.source),
        voice=config.voice,
        rate_wpm=config.rate_wpm,
        volume=config.volume,
        file=written.whole_name,
        duration_s=round(timings[-1].end_s, 6),
        sections=narration.sections,
        chunks=tuple(_chunk_record(timing) for timing in timings),
        format=config.audio_format,
        frame_rate=timings[0].frame_rate,
        chapters=tuple(_rounded_chapter(chapter) for chapter in written.chapters),
        transcripts=TRANSCRIPTS,
        playlist=PLAYLIST,
        source_id=written.source_id,
        loudness=written.loudness,
        engine=written.engine,
        reproducible=config.reproducible,
        render_key=written.render_key,
        language=article.language,
        date=article.date,
    )


def write_manifest(folder: Path, manifest: Manifest) -> Path:
    """Write the manifest into `folder` as indented UTF-8 JSON; its path. It is written as it
    is encoded, its chunks' records a batch at a time (see `_json_parts`)."""
    path = folder / MANIFEST_NAME
    with path.open("w", encoding="utf-8") as out:
        out.writelines(_json_parts(manifest))
    return path


_CHUNKS_AT_ONCE = 256
_CHUNKS = "chunks"
_ENCODER = json.JSONEncoder(indent=2, ensure_ascii=False)


def _json_parts(manifest: Manifest) -> Iterator[str]:
    """manifest.json's text, in parts, as `json.dumps(manifest.to_json(), indent=2,
    ensure_ascii=False)` and a line break give it whole: the chunks' records are encoded
    `_CHUNKS_AT_ONCE` at a time, as the list of an object of their own (which indents them as
    the manifest does), into the list that the rest's JSON holds empty. The text of a 17-hour
    narration's manifest (5,360 chunks), its pieces and its chunks' dicts took 22 MB at once
    at the end of the save; this, 1 MB."""
    empty = _ENCODER.encode(dataclasses.replace(manifest, chunks=()).to_json())
    # A line of its own at the top level's indent: a JSON string holds no line break.
    head, tail = empty.split(f'\n  "{_CHUNKS}": []')
    chunks = manifest.chunks
    if not chunks:
        yield empty + "\n"
        return
    opening, closing = f'{{\n  "{_CHUNKS}": [', "\n  ]\n}"
    yield head + opening[1:]
    for first in range(0, len(chunks), _CHUNKS_AT_ONCE):
        batch = [_chunk_json(chunk) for chunk in chunks[first : first + _CHUNKS_AT_ONCE]]
        text = _ENCODER.encode({_CHUNKS: batch})
        yield ("," if first else "") + text[len(opening) : -len(closing)]
    yield closing[:-2] + tail + "\n"


def read_manifest(folder: Path) -> Manifest | None:
    """The manifest of the narration in `folder`; None when there is none, or none that can
    be understood (damaged, or not narrator's)."""
    try:
        data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        return parse_manifest(data)
    except (OSError, ValueError):  # ManifestError is a ValueError
        return None


def parse_manifest(data: object) -> Manifest:
    """A manifest from its JSON; ManifestError names the first key that is missing or wrong."""
    fields = _Fields(data, "manifest")
    return Manifest(
        title=fields.get("title", str),
        byline=fields.optional("byline", str),
        source=fields.get("source", str),
        voice=fields.optional("voice", str),
        rate_wpm=fields.get("rate_wpm", int),
        volume=fields.number("volume"),
        file=fields.get("file", str),
        duration_s=fields.number("duration_s"),
        sections=tuple(_section(item) for item in fields.get("sections", list)),
        chunks=tuple(_chunk(item) for item in fields.get("chunks", list)),
        format=fields.get("format", str),
        frame_rate=fields.get("frame_rate", int),
        chapters=tuple(_chapter(item) for item in fields.get("chapters", list)),
        transcripts=tuple(_string(item) for item in fields.get("transcripts", list)),
        playlist=fields.get("playlist", str),
        source_id=fields.optional("source_id", str),
        loudness=_loudness(fields.optional("loudness", dict)),
        engine=fields.optional("engine", str),
        reproducible=fields.optional("reproducible", bool),
        render_key=fields.optional("render_key", str),
        language=fields.optional("language", str),
        date=fields.optional("date", str),
    )


def _chunk_record(timing: ChunkTiming) -> ChunkRecord:
    chunk = timing.chunk
    return ChunkRecord(
        index=chunk.index,
        file=timing.file,
        section=chunk.section,
        kind=chunk.kind,
        text=chunk.text,
        spoken=chunk.spoken,
        start_s=round(timing.start_s, 6),
        end_s=round(timing.end_s, 6),
        pause_after_s=chunk.pause_after_s,
        speech_end_s=round(timing.speech_end_s, 6),
        start_frame=timing.start_frame,
        frame_count=timing.frame_count,
    )


def _rounded_chapter(chapter: Chapter) -> Chapter:
    start_s, end_s = round(chapter.start_s, 6), round(chapter.end_s, 6)
    return Chapter(chapter.title, start_s, end_s, chapter.first_chunk)


def _chunk_json(chunk: ChunkRecord) -> dict[str, object]:
    fields = dict(vars(chunk))
    fields["kind"] = chunk.kind.value
    if chunk.start_frame is None:  # an older manifest's chunk stays as it was
        del fields["start_frame"]
    if chunk.frame_count is None:
        del fields["frame_count"]
    return fields


def _section(data: object) -> PlanSection:
    fields = _Fields(data, "a section")
    return PlanSection(fields.optional("title", str), fields.get("first_chunk", int))


def _chunk(data: object) -> ChunkRecord:
    fields = _Fields(data, "a chunk")
    try:
        kind = ChunkKind(fields.get("kind", str))
    except ValueError:
        raise ManifestError(f"a chunk has an unknown kind: {fields.data['kind']!r}") from None
    return ChunkRecord(
        index=fields.get("index", int),
        file=fields.get("file", str),
        section=fields.get("section", int),
        kind=kind,
        text=fields.get("text", str),
        spoken=fields.get("spoken", str),
        start_s=fields.number("start_s"),
        end_s=fields.number("end_s"),
        pause_after_s=fields.number("pause_after_s"),
        speech_end_s=fields.number("speech_end_s"),
        start_frame=fields.optional("start_frame", int),
        frame_count=fields.optional("frame_count", int),
    )


def _chapter(data: object) -> Chapter:
    fields = _Fields(data, "a chapter")
    return Chapter(
        fields.get("title", str),
        fields.number("start_s"),
        fields.number("end_s"),
        fields.get("first_chunk", int),
    )


def _loudness(data: dict[str, object] | None) -> LoudnessRecord | None:
    if data is None:
        return None
    fields = _Fields(data, "the loudness")
    return LoudnessRecord(
        target_lufs=fields.number("target_lufs"),
        max_true_peak_dbtp=fields.number("max_true_peak_dbtp"),
        spoken_lufs=fields.optional_number("spoken_lufs"),
        gain_db=fields.number("gain_db"),
        limited=fields.get("limited", bool),
        codec_change_db=fields.number("codec_change_db"),
        integrated_lufs=fields.optional_number("integrated_lufs"),
    )


def _string(value: object) -> str:
    if not isinstance(value, str):
        raise ManifestError(f"expected a file name, found {value!r}")
    return value


_KINDS: dict[type, str] = {
    str: "a string",
    int: "a whole number",
    bool: "true or false",
    list: "a list",
    dict: "an object",
}


class _Fields:
    """A JSON object's values, each checked for its type as it is taken."""

    def __init__(self, data: object, what: str) -> None:
        if not isinstance(data, Mapping):
            raise ManifestError(f"{what} is not a JSON object")
        self.data: Mapping[str, object] = data
        self._what = what

    def get(self, key: str, kind: type[T]) -> T:
        """The value of `key`, which must be there and of type `kind`."""
        if key not in self.data:
            raise ManifestError(f"{self._what} has no {key!r}")
        return self._checked(key, kind)

    def optional(self, key: str, kind: type[T]) -> T | None:
        """The value of `key` of type `kind`, None when it is missing or null."""
        return None if self.data.get(key) is None else self._checked(key, kind)

    def number(self, key: str) -> float:
        """A number (JSON writes 1.0 as 1.0 but another tool may write 1)."""
        value = self.optional_number(key)
        if value is None:
            raise ManifestError(f"{self._what} has no number {key!r}")
        return value

    def optional_number(self, key: str) -> float | None:
        """A number, None when it is missing or null."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ManifestError(f"{self._what}'s {key!r} is not a number: {value!r}")
        return value

    def _checked(self, key: str, kind: type[T]) -> T:
        value = self.data[key]
        # JSON has no separate booleans for Python: True is an int, and must not pass for one.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            wanted = _KINDS.get(kind, kind.__name__)
            raise ManifestError(f"{self._what}'s {key!r} is not {wanted}: {value!r}")
        return value
