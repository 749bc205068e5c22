"""The typed data passed between the pipeline's stages: all frozen, all plain."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from narrator.errors import ConfigError
from narrator.limits import DEFAULT_MAX_INPUT_MB

InputFormat = Literal["text", "markdown", "html"]
"""The article formats the readers know."""
CodeMode = Literal["read", "announce", "skip"]
"""What to do with code samples and tables."""
EngineName = Literal["pyttsx3", "piper"]
"""The speech engines narrator drives."""


DEFAULT_OUTPUT_ROOT = Path("audio")
"""Where `save` writes an article's folder unless told otherwise."""
LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
"""A BCP-47 language tag, as narrator accepts one ("de", "pt-BR", "zh-Hant-TW")."""
AUDIO_FORMATS = ("wav", "mp3", "ogg", "flac")
"""The formats `save` writes, by their names on the command line, in the order the help lists
them (how each is written: `narrator.audio.codecs.FILE_FORMATS`). Named here so that the command
line's options do not import the codecs, and the WAV writer with them, to list them."""
RATE_WPM_RANGE = (80, 450)
"""The speaking rates narrator asks an engine for (the listening keys keep to them too)."""


def _within(low: float, high: float) -> dict[str, tuple[float, float]]:
    """A field's allowed range, as `NarrationConfig` field metadata."""
    return {"range": (low, high)}


class BlockKind(StrEnum):
    """What a block of body text is, which decides how it is paused and read."""

    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    LIST_ITEM = "list_item"
    CREDIT = "credit"
    ANNOUNCEMENT = "announcement"
    """A short phrase the narrator says in place of something it does not read (a code sample)."""


class ChunkKind(StrEnum):
    """Where a chunk's text came from."""

    TITLE = "title"
    BYLINE = "byline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    LIST_ITEM = "list_item"
    CREDIT = "credit"
    ANNOUNCEMENT = "announcement"


@dataclass(frozen=True)
class Block:
    """One paragraph, quote, list item or credit line of an article's body."""

    kind: BlockKind
    text: str


@dataclass(frozen=True)
class Section:
    """A run of blocks under one heading; the first section of an article often has none."""

    heading: str | None
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Article:
    """An article as the readers understand it, whatever format it came in."""

    title: str
    sections: tuple[Section, ...]
    byline: str | None = None
    dateline: str | None = None
    date: str | None = None
    source: str = ""
    """Where the article came from: a file path, a URL or "-" for standard input."""
    site_name: str | None = None
    language: str | None = None
    """The article's language, a lower-case BCP-47 code ("de", "pt-br"); None: not known (read
    as English)."""

    def body_blocks(self) -> list[Block]:
        """Every block of the body, in reading order."""
        return [block for section in self.sections for block in section.blocks]


@dataclass(frozen=True)
class Chunk:
    """One piece of narration: a few sentences, handed to the engine in one call."""

    index: int
    section: int
    """Index of the section the chunk belongs to (the title and byline belong to section 0)."""
    kind: ChunkKind
    text: str
    """The written form, as the article has it."""
    spoken: str
    """What the engine receives: plain words."""
    pause_after_s: float


@dataclass(frozen=True)
class NarrationConfig:
    """Every option of a narration, with its unit in its name. A field's default and allowed
    range are declared here once: the command line's options, the preferences file and the
    listening keys read them (`config_field`). Out of range, or NaN, is a ConfigError."""

    voice: str | None = None
    """An engine voice id (see `narrator voices`); None keeps the engine's default."""
    rate_wpm: int = field(default=175, metadata=_within(*RATE_WPM_RANGE))
    """Speaking rate in words per minute."""
    volume: float = field(default=1.0, metadata=_within(0, 1))
    """Engine volume from 0 to 1."""
    max_chunk_chars: int = field(default=300, metadata=_within(40, 5000))
    """The longest text handed to the engine in one call."""
    pause_sentence_s: float = field(default=0.0, metadata=_within(0, 10))
    """Silence between two chunks of the same paragraph (the engine already pauses a little)."""
    pause_list_item_s: float = field(default=0.25, metadata=_within(0, 10))
    """Silence after a list item."""
    pause_paragraph_s: float = field(default=0.5, metadata=_within(0, 10))
    """Silence at the end of a paragraph."""
    pause_heading_s: float = field(default=0.7, metadata=_within(0, 10))
    """Silence after a section heading is read."""
    pause_section_s: float = field(default=1.5, metadata=_within(0, 10))
    """Silence at the end of a section, before the next heading."""
    pause_title_s: float = field(default=1.0, metadata=_within(0, 10))
    """Silence after the title, and after the byline."""
    lexicon_path: Path | None = None
    """A pronunciation lexicon (TOML); None reads the user's default one if it exists."""
    pause_quote_s: float = field(default=0.8, metadata=_within(0, 10))
    """Silence before and after a block quote."""
    input_format: InputFormat | None = None
    """The article's format; None decides from the file extension, the server, or the content."""
    read_alt_text: bool = False
    """Read an image's alt text ("Image: …") instead of skipping the image."""
    code_mode: CodeMode = "announce"
    """Code samples and tables: "read" them, "announce" them in one phrase, or "skip" them."""
    fetch_timeout_s: float = field(default=15.0, metadata=_within(0.1, 600))
    """How long to wait for a URL's server, in seconds."""
    fetch_max_bytes: int = 5_000_000
    """The largest page fetched from a URL, in bytes."""
    max_input_mb: int = field(default=DEFAULT_MAX_INPUT_MB, metadata=_within(1, 2000))
    """The largest article read from a file or the standard input, in MB (10^6 bytes)."""
    use_cache: bool = True
    """Reuse each chunk's speech from the chunk cache, and store what is synthesized."""
    jobs: int | None = field(default=None, metadata=_within(1, 64))
    """Engine processes synthesizing in parallel; None runs one per CPU core."""
    cache_dir: Path | None = None
    """The chunk cache folder; None uses $NARRATOR_CACHE_DIR or the user's cache folder."""
    cache_max_mb: int = field(default=1024, metadata=_within(1, 1_000_000))
    """The chunk cache's size cap in MiB; the least recently used chunks go first."""
    audio_format: str = "wav"
    """The format of saved audio: "wav", "mp3", "ogg" (Vorbis) or "flac"."""
    bitrate_kbps: int = 64
    """MP3 bit rate (constant); 64 kbit/s mono is plenty for speech."""
    loudness_lufs: float | None = field(default=-19.0, metadata=_within(-40, -5))
    """Integrated loudness the saved narration is normalized to; None leaves it as spoken.
    -19 LUFS is the podcast level for mono (Apple, AES TD1004): a mono file plays on both
    speakers and sounds 3 dB louder than its measure, so -16, the stereo level, is 3 dB hot."""
    channels: int = field(default=1, metadata=_within(1, 2))
    """Channels of the saved audio: 1 (mono) or 2 (stereo: the mono narration on both, made at
    `loudness_lufs` as a two-channel file measures it, BS.1770 summing the channels' power, so
    the same samples measure 3.01 dB louder than as mono). Stereo's podcast level is -16 LUFS:
    give it as `loudness_lufs` (the command line does when --loudness is not given)."""
    max_true_peak_dbtp: float = -1.0
    """The highest true peak a normalized narration may reach."""
    reproducible: bool = False
    """Make each chunk in a fresh copy (a fork) of a started engine, so that its audio depends
    on its text alone: the same bytes whatever `jobs` and whatever was said before (a batch takes
    about 40% longer). espeak-ng's output otherwise drifts by a few samples with what the same
    process said before: its pitch flutter and its voice's roughness run on from one utterance to
    the next (a voice without either gives the same bytes every time, but sounds flatter)."""
    engine: EngineName = "pyttsx3"
    """The speech engine: "pyttsx3" (espeak-ng on Linux) or "piper" (neural voices, optional)."""
    voice_dir: Path | None = None
    """A folder of Piper voices (`NAME.onnx` and `NAME.onnx.json`), searched before the usual."""
    language: str | None = None
    """The articles' language, a BCP-47 code ("de", "pt-BR"); None: the page's or the post's
    own, else the language detected in the text."""

    def __post_init__(self) -> None:
        for item in fields(self):
            _check(item.name, getattr(self, item.name), item.metadata.get("range"))
        if self.language is not None and not LANGUAGE_CODE.fullmatch(self.language):
            raise ConfigError(
                f"'{self.language}' is not a language code; give a BCP-47 code such as "
                "'de', 'fr' or 'pt-BR'"
            )


def _check(name: str, value: object, bounds: tuple[float, float] | None) -> None:
    """Raise ConfigError when a number is NaN, infinite or outside `bounds`."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return
    if not math.isfinite(value) or (bounds is not None and not bounds[0] <= value <= bounds[1]):
        allowed = f"a number from {bounds[0]:g} to {bounds[1]:g}" if bounds else "a number"
        raise ConfigError(f"{name} must be {allowed}, not {value!r}")


def config_field(name: str) -> tuple[Any, tuple[float, float] | None]:
    """A NarrationConfig field's default and allowed range (None: any value of its type)."""
    item = _CONFIG_FIELDS[name]
    return item.default, item.metadata.get("range")


_CONFIG_FIELDS = {item.name: item for item in fields(NarrationConfig)}


@dataclass(frozen=True)
class PlanSection:
    """A section as the plan shows it: its heading (None for an untitled one) and first chunk."""

    title: str | None
    first_chunk: int


@dataclass(frozen=True)
class Plan:
    """What will be narrated: the article and its chunks, before any audio exists."""

    article: Article
    chunks: tuple[Chunk, ...]

    @property
    def sections(self) -> tuple[PlanSection, ...]:
        """The sections that have chunks, in order."""
        firsts: dict[int, int] = {}
        headings: dict[int, list[str]] = {}
        for chunk in self.chunks:
            firsts.setdefault(chunk.section, chunk.index)
            if chunk.kind is ChunkKind.HEADING:
                headings.setdefault(chunk.section, []).append(chunk.text)
        return tuple(
            PlanSection(" ".join(headings[number]) if number in headings else None, first)
            for number, first in firsts.items()
        )

    def to_json(self) -> dict[str, object]:
        """The plan in the JSON shape other tools rely on (see `narrator plan --json`)."""
        return {
            "title": self.article.title,
            "byline": self.article.byline,
            "language": self.article.language,
            "sections": [{"title": s.title, "first_chunk": s.first_chunk} for s in self.sections],
            "chunks": [
                {
                    "index": c.index,
                    "section": c.section,
                    "kind": c.kind.value,
                    "text": c.text,
                    "spoken": c.spoken,
                    "pause_after_s": c.pause_after_s,
                }
                for c in self.chunks
            ],
        }


@dataclass(frozen=True)
class SavedNarration:
    """What `save` wrote."""

    folder: Path
    narration: Path
    """The whole narration in one file."""
    chunk_files: tuple[Path, ...]
    manifest: Path
    duration_s: float
    chapters: tuple[Chapter, ...] = ()
    """The sections as chapters, in order."""
    extra_files: tuple[Path, ...] = ()
    """The transcripts and the playlist."""
    loudness_lufs: float | None = None
    """The integrated loudness of the narration as written (None if it was not measured)."""


@dataclass(frozen=True)
class Chapter:
    """A section of the narration a listener can skip to."""

    title: str
    start_s: float
    end_s: float
    first_chunk: int
