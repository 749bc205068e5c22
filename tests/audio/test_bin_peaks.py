"""A narration's bin peaks kept in a byte: never under the peak, a quarter decibel over at most."""

import numpy as np

from narrator.audio.loudness.bin_peaks import FLOOR_DB, STEP_DB, coded_peaks, decoded_peaks


def test_a_coded_peak_stands_for_at_least_the_peak_and_at_most_a_step_more() -> None:
    peaks = np.random.default_rng(7).random(200_000).astype(np.float32) ** 3
    peaks = peaks[peaks > 10 ** (FLOOR_DB / 20)]
    decoded = decoded_peaks(coded_peaks(peaks))
    over_db = 20 * np.log10(decoded / peaks)
    assert over_db.min() >= 0.0
    assert over_db.max() <= STEP_DB + 1e-9


def test_a_peak_on_a_codes_level_is_not_raised_past_the_next() -> None:
    levels = decoded_peaks(np.arange(254, dtype=np.uint8)).astype(np.float32)
    decoded = decoded_peaks(coded_peaks(levels))
    assert (decoded >= levels).all()
    assert (decoded <= levels * 10 ** (STEP_DB / 20) * (1 + 1e-6)).all()


def test_silence_is_the_floor_and_a_peak_over_full_scale_is_always_searched() -> None:
    peaks = np.array([0.0, 1e-9, 1.0, 1.2, 4.0], dtype=np.float32)
    decoded = decoded_peaks(coded_peaks(peaks))
    assert decoded[0] == decoded[1] == 10 ** (FLOOR_DB / 20)
    assert 1.0 <= decoded[2] < 1.03
    assert np.isinf(decoded[3:]).all()
