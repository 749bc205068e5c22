"""An Ogg (or FLAC) at a loudness: the whole and the chunk files are encoded on threads of
their own while the samples are processed on the caller's, and an error met on either thread
reaches the caller as the clear error it is."""

from __future__ import annotations

import errno
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile
from click.testing import CliRunner

from narrator import NarrationConfig, save
from narrator.audio import codecs
from narrator.cli import main

_ARTICLE = (
    "Lighthouse keepers\n\n"
    "The keeper climbed the stairs at dusk. She lit the lamp and wrote the hour in the log.\n\n"
    "Ships passed in the night. None of them knew her name, but all of them saw her light.\n"
)


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "lighthouse.txt"
    path.write_text(_ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("audio_format", ["ogg", "flac"])
def test_the_whole_and_the_chunk_files_are_encoded_on_threads_of_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, audio_format: str
) -> None:
    writers: dict[str, set[int | None]] = {}
    real_write = codecs.EncodedFile.write

    def write(self: codecs.EncodedFile, samples: Any) -> None:
        writers.setdefault(self.path.name, set()).add(threading.get_ident())
        real_write(self, samples)

    monkeypatch.setattr(codecs.EncodedFile, "write", write)
    config = NarrationConfig(audio_format=audio_format)
    saved = save(str(_article(tmp_path)), config, output_root=tmp_path / "out")
    whole = writers.pop(saved.narration.name)
    chunks = set().union(*writers.values())
    assert sorted(writers) == sorted(path.name for path in saved.chunk_files)
    main_thread = threading.main_thread().ident
    # One thread for the whole, another for every chunk file, neither the one processing.
    assert len(whole) == 1 and len(chunks) == 1
    assert main_thread not in whole | chunks
    assert whole != chunks
    # The chunk files still hold every sample, in order: as long as the whole together.
    lengths = [soundfile.info(str(path)).frames for path in saved.chunk_files]
    decoded, _ = soundfile.read(str(saved.narration), dtype="float64")
    assert sum(lengths) == len(decoded)
    if audio_format == "flac":  # lossless: the chunk files are the whole, cut
        joined = np.concatenate(
            [soundfile.read(str(p), dtype="float64")[0] for p in saved.chunk_files]
        )
        assert np.array_equal(joined, decoded)


def test_a_chunk_file_that_fails_on_its_thread_is_a_clear_error_leaving_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole_name = "lighthouse-keepers.ogg"
    writes = {"chunks": 0}
    real_write = codecs.EncodedFile.write
    opened: list[codecs.EncodedFile] = []
    real_init = codecs.EncodedFile.__init__

    def init(self: codecs.EncodedFile, *args: Any) -> None:
        real_init(self, *args)
        opened.append(self)

    def write(self: codecs.EncodedFile, samples: Any) -> None:
        if self.path.name != whole_name:
            writes["chunks"] += 1
            if writes["chunks"] > 3:
                raise OSError(errno.ENOSPC, "No space left on device")
        real_write(self, samples)

    monkeypatch.setattr(codecs.EncodedFile, "__init__", init)
    monkeypatch.setattr(codecs.EncodedFile, "write", write)
    root = tmp_path / "audio"
    result = CliRunner().invoke(
        main, ["save", str(_article(tmp_path)), "-o", str(root), "--format", "ogg"]
    )
    assert (result.exit_code, result.output) == (
        1,
        f"Error: the disk is full: cannot write the narration to '{root / 'lighthouse-keepers'}'; "
        "nothing was saved; free some space or choose another folder with -o\n",
    )
    assert writes["chunks"] > 3
    assert list(root.iterdir()) == []
    assert {file.path.name for file in opened} >= {whole_name, "001.ogg"}
    # Every file was closed, the chunk file being written when its thread failed too.
    assert [file.path.name for file in opened if not file._file._file.closed] == []
