"""A lossy file still over the peak ceiling after the last encoding allowed is kept, and said so
(a NarratorWarning), not passed over in silence."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from narrator import NarrationConfig
from narrator.audio.codecs import FILE_FORMATS
from narrator.audio.loudness import Lowering, Processor, lossy, normalize
from narrator.errors import NarratorWarning
from tests.audio.test_lossy_check import _RATE, _bursts, _InMemory


def _encoded_until(
    clean_at: int | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, list[warnings.WarningMessage]]:
    """encode_to_target of an MP3 whose decoded check finds a peak 0.4 dB over the ceiling
    until encoding `clean_at` (never, if None): the encodings made, and the warnings given."""
    audio = _InMemory(_bursts(12.0, [(2.0, 3.0)]))
    whole = tmp_path / "story.mp3"
    encodings: list[Processor] = []

    def checked(
        path: Path, ceiling_dbtp: float, rate: int, encoded: lossy.Encoded
    ) -> lossy.Decoded:
        assert path == whole and rate == _RATE
        lufs = encoded.level.lufs  # the loudness encoded, unchanged by the encoder
        if clean_at is not None and len(encodings) >= clean_at:
            return lossy.Decoded([], lufs)
        return lossy.Decoded([Lowering(44_100, 46_000, 0.4 + 0.3)], lufs)

    monkeypatch.setattr(normalize, "check_decoded", checked)
    config = NarrationConfig(audio_format="mp3")
    with warnings.catch_warnings(record=True) as given:
        warnings.simplefilter("always")
        normalize.encode_to_target(audio, encodings.append, whole, FILE_FORMATS["mp3"], config)
    return len(encodings), given


def test_a_file_still_over_the_ceiling_after_the_last_encoding_is_said_to_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encodings, given = _encoded_until(None, tmp_path, monkeypatch)
    assert encodings == 5
    [warning] = [w for w in given if issubclass(w.category, NarratorWarning)]
    message = str(warning.message)
    assert "'story.mp3'" in message and "5 encodings" in message
    # The check's ceiling (0.05 dB under -1 dBTP), passed by the lowering's 0.4 dB.
    assert "about -0.65 dBTP" in message and "-1 dBTP ceiling" in message


def test_a_file_brought_under_the_ceiling_by_a_later_encoding_says_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encodings, given = _encoded_until(2, tmp_path, monkeypatch)
    assert encodings == 2
    assert not [w for w in given if issubclass(w.category, NarratorWarning)]
