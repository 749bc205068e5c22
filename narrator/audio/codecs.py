"""Encoding mono PCM into the formats `save` writes.

WAV is written by narrator.audio.wav (no libsndfile to load); Ogg Vorbis and FLAC by soundfile
(libsndfile 1.2); MP3 by LAME's own library where it is installed (see narrator.audio.lame: LAME at
speech settings, a seventh of the CPU), else by libsndfile, which runs LAME at its default
quality. Both write LAME's gapless Info tag.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

from narrator.audio.lame import LameFile, lame_available
from narrator.audio.wav import AudioFormat, Clip, WavWriter
from narrator.errors import AudioOutputError

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray


@dataclass(frozen=True)
class FileFormat:
    """A format `save` can write, and how libsndfile (through soundfile) writes it."""

    name: str
    extension: str
    container: str
    subtype: str
    compression_level: float | None = None
    peak_margin_db: float = 0.3
    """Headroom kept under the true-peak ceiling: what the 4x oversampling estimate can miss,
    plus, for lossy formats, the overshoot their encoder adds to limited speech."""
    loudness_change_db: float = 0.0
    """What the encoder usually changes in the loudness: aimed off by so much at first, so
    that the decoded file's check rarely asks for a second encoding."""

    @property
    def lossy(self) -> bool:
        """Whether decoding gives back other samples than were encoded."""
        return self.name in ("mp3", "ogg")


FILE_FORMATS = {
    "wav": FileFormat("wav", "wav", "WAV", "PCM_16"),
    # The margin only makes a second encoding rare: the decoded file is checked, and where it
    # overshoots it is limited lower (loudness.lossy.check_decoded). It is kept small because a
    # lower ceiling limits more, which costs loudness (made up by more gain, limited again) and
    # time. With the limiter that turns down only the peaks, at -19 LUFS, the decoded seed and
    # blog post peak at -1.66 and -1.70 dBTP as MP3 (margin 0.3, as WAV's: LAME at 64 kbit/s
    # cuts the highs, and with them the peaks, so it needs none of its own; 0.6 gave -1.94 and
    # -1.96 for 13% more limiting work, and even with no margin the check finds nothing), at
    # -1.81 and -1.85 as Ogg (margin 1.2; 0.3 overshot, 0.6 was 0.14 dB under the ceiling). MP3
    # at 64 kbit/s cuts the highs, which K-weighting counts: 0.4 LU quieter.
    "mp3": FileFormat(
        "mp3", "mp3", "MP3", "MPEG_LAYER_III", peak_margin_db=0.3, loudness_change_db=-0.4
    ),
    "ogg": FileFormat("ogg", "ogg", "OGG", "VORBIS", compression_level=0.4, peak_margin_db=1.2),
    "flac": FileFormat("flac", "flac", "FLAC", "PCM_16"),
}
"""Every format by its name on the command line."""

_INSTALL_SOUNDFILE = (
    "install soundfile 0.12.1 or later, whose wheels bundle libsndfile 1.2 with MP3 and Vorbis "
    "(pip install -U soundfile)"
)
_AUDIO_PACKAGES = ("numpy", "soundfile", "mutagen")
_TAG_MODULES = {
    "wav": "mutagen.wave",
    "mp3": "mutagen.mp3",
    "ogg": "mutagen.oggvorbis",
    "flac": "mutagen.flac",
}
"""What writes each format's tags: imported by the check, while the engines are still busy."""


def check_encoder(name: str, processed: bool = True) -> FileFormat:
    """The format called `name`, once sure this platform can write it; AudioOutputError if not.

    `processed` says whether the samples are changed on the way (loudness), which needs numpy
    and soundfile even for WAV; WAV at the engine's level needs only mutagen, for its tags.
    """
    if name not in FILE_FORMATS:
        raise AudioOutputError(
            f"unknown audio format '{name}'; choose one of {', '.join(FILE_FORMATS)}"
        )
    direct = name == "wav" and not processed
    # WAV is written by narrator.audio.wav even when processed: no libsndfile to load.
    packages: tuple[str, ...] = ("mutagen",) if direct else ("numpy", "mutagen")
    packages = _AUDIO_PACKAGES if name != "wav" else packages
    for package in packages:
        try:
            __import__(_TAG_MODULES[name] if package == "mutagen" else package)
        except ImportError:
            raise AudioOutputError(
                f"saving audio needs the Python package '{package}'; "
                f"install it with: pip install {package}"
            ) from None
    file_format = FILE_FORMATS[name]
    if name != "wav":
        _check_libsndfile(file_format)
    return file_format


def _check_libsndfile(file_format: FileFormat) -> None:
    import soundfile

    if file_format.container not in soundfile.available_formats() or (
        file_format.subtype not in soundfile.available_subtypes(file_format.container)
    ):
        raise AudioOutputError(
            f"this platform's libsndfile ({soundfile.__libsndfile_version__}) cannot write "
            f"{file_format.name.upper()} files; {_INSTALL_SOUNDFILE}"
        )


def lame_encodes_mp3() -> bool:
    """Whether MP3 is encoded by LAME's library here (narrator.audio.lame), else by
    libsndfile: every MP3 writer asks this, so that all take the same encoder."""
    return lame_available()


def mp3_compression_level(frame_rate: int, bitrate_kbps: int) -> float:
    """The libsndfile compression level that gives a constant `bitrate_kbps` MP3.

    libsndfile 1.2 maps the level linearly onto the bit rates of the MPEG version the frame rate
    needs (320-32 kbit/s from 32 kHz up, 160-8 below), and LAME takes the nearest valid one.
    """
    highest, lowest = (320, 32) if frame_rate >= 32000 else (160, 8)
    if not lowest <= bitrate_kbps <= highest:
        raise AudioOutputError(
            f"MP3 at {frame_rate} Hz cannot be {bitrate_kbps} kbit/s; "
            f"choose a bit rate from {lowest} to {highest}"
        )
    return (highest - bitrate_kbps) / (highest - lowest)


class _CheckedFile:
    """A file for libsndfile's virtual I/O that remembers the first OSError instead of letting
    libsndfile swallow it (its MP3 encoder ignores failed writes, so a full disk would otherwise
    leave a silently truncated file)."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("w+b")
        self.error: OSError | None = None

    def write(self, data: bytes) -> int:
        if self.error is not None:
            return 0
        try:
            return self._file.write(data)
        except OSError as error:
            self.error = error
            return 0

    def read(self, count: int) -> bytes:
        return self._file.read(count)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._file.seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell()

    def check(self) -> None:
        """Raise the write error met so far, if any."""
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        try:
            self._file.close()
        except OSError as error:
            self.error = self.error or error
        self.check()


class EncodedFile:
    """An audio file in any of FILE_FORMATS, written block by block from mono samples: on
    `channels` channels (a WAV stays mono: see narrator.audio.stereo.to_stereo_wav)."""

    def __init__(
        self,
        path: Path,
        file_format: FileFormat,
        frame_rate: int,
        bitrate_kbps: int,
        channels: int = 1,
    ) -> None:
        self.path = path
        self._channels = channels
        self._lame: LameFile | None = None
        self._wav: WavWriter | None = None
        if file_format.name == "wav":
            self._wav = WavWriter(path, AudioFormat(frame_rate, 2, 1))
            return
        import soundfile

        if file_format.name == "mp3" and lame_encodes_mp3():
            mp3_compression_level(frame_rate, bitrate_kbps)  # the same bit rates either way
            self._lame = LameFile(path, frame_rate, bitrate_kbps, channels)
            return
        self._file = _CheckedFile(path)
        options: dict[str, Any] = {}
        if file_format.name == "mp3":
            level = mp3_compression_level(frame_rate, bitrate_kbps)
            options = {"compression_level": level, "bitrate_mode": "CONSTANT"}
        elif file_format.compression_level is not None:
            options = {"compression_level": file_format.compression_level}
        try:
            self._sound = soundfile.SoundFile(
                self._file, "w", frame_rate, channels, file_format.subtype, None,
                file_format.container, **options,
            )  # fmt: skip
        except soundfile.LibsndfileError as error:
            self._file.close()
            raise AudioOutputError(
                f"cannot write {file_format.name.upper()} at {frame_rate} Hz ({error}); "
                "choose another format with --format"
            ) from None

    @property
    def lame(self) -> LameFile | None:
        """The MP3 LAME writes, if LAME writes this file."""
        return self._lame

    def write(self, samples: NDArray[np.int16]) -> None:
        """Append `samples`; raises the OSError of a failed write (a full disk)."""
        if self._lame is not None:
            self._lame.write(samples)
            return
        if self._wav is not None:
            self._wav.append(Clip(self._wav.format, samples.tobytes()))
            return
        import soundfile

        if self._channels != 1:
            samples = samples[:, None].repeat(self._channels, axis=1)
        try:
            self._sound.write(samples)
        except soundfile.LibsndfileError:
            self._file.check()
            raise
        self._file.check()

    def close(self) -> None:
        """Finish the file (for MP3, the gapless LAME header) and close it."""
        if self._lame is not None:
            self._lame.close()
            return
        if self._wav is not None:
            self._wav.close()
            return
        try:
            self._sound.close()
        finally:
            self._file.close()

    def __enter__(self) -> EncodedFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if error is None:
            self.close()
        else:
            with contextlib.suppress(OSError, RuntimeError, AudioOutputError):
                self.close()  # the error already on its way says more


class Writes(Protocol):
    """What takes 16-bit samples block by block: an EncodedFile, or one that splits them into
    many (narrator.audio.encoding)."""

    def write(self, samples: NDArray[np.int16]) -> None: ...


class EncodedInThread:
    """An EncodedFile (or any `Writes`) written by a thread of its own: libsndfile lets go of
    the GIL while it encodes, so the whole narration and its chunk files are encoded at once,
    each on a thread of its own, while the samples are processed on a third."""

    _QUEUED_BLOCKS = 8

    def __init__(self, encoded: Writes, name: str = "narrator-encode") -> None:
        self._encoded = encoded
        self._blocks: queue.Queue[NDArray[np.int16] | None] = queue.Queue(self._QUEUED_BLOCKS)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._encode, name=name, daemon=True)
        self._thread.start()

    def write(self, samples: NDArray[np.int16]) -> None:
        """Queue `samples` to be appended; raises the error the thread met, if any."""
        if self._error is not None:
            raise self._error
        self._blocks.put(samples)

    def finish(self) -> None:
        """Wait until every queued block is written; raises the error the thread met."""
        self._blocks.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error

    def _encode(self) -> None:
        while (samples := self._blocks.get()) is not None:
            if self._error is not None:
                continue  # drained, so that the writer never waits on a full queue
            try:
                self._encoded.write(samples)
            except BaseException as error:  # raised in the writer's thread
                self._error = error

    def __enter__(self) -> EncodedInThread:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if error is None:
            self.finish()
        else:
            with contextlib.suppress(Exception):
                self.finish()  # the thread is stopped; the error on its way says more


def decoded_blocks(path: Path, frames: int) -> Iterator[NDArray[np.float64]]:
    """The samples of the audio file `path`, decoded `frames` at a time, so a long narration is
    never held in memory whole."""
    import soundfile

    with soundfile.SoundFile(path) as sound:
        # Told that the file cannot seek, soundfile stops asking for its position around every
        # read: mpg123 answers that by seeking, which loses its bit reservoir (it prints errors
        # on stderr and may decode frames wrong).
        sound.seekable = lambda: False
        while len(block := sound.read(frames, dtype="float64")):
            yield block if block.ndim == 1 else block[:, 0]  # a stereo narration's channels: alike


def to_pcm16(samples: NDArray[np.floating[Any]]) -> NDArray[np.int16]:
    """Floats in [-1, 1) as 16-bit PCM, rounded and clipped."""
    return rounded_pcm16(samples * 32768)


def rounded_pcm16(units: NDArray[np.floating[Any]]) -> NDArray[np.int16]:
    """Samples in 16-bit units (full scale 32768) rounded and clipped in place, as 16-bit PCM."""
    import numpy as np

    np.rint(units, out=units)
    np.clip(units, -32768, 32767, out=units)
    return units.astype(np.int16)
