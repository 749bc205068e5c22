"""The peak search keeps what its batches find in two arrays grown in place: the same peaks, in
order, as joining each batch's arrays gave, in arrays of their own, no larger than they hold."""

from __future__ import annotations

import numpy as np

from narrator.audio.loudness.peak_search import _Found


def test_the_batches_peaks_are_kept_in_order_in_arrays_of_their_size() -> None:
    rng = np.random.default_rng(17)
    batches = [
        (np.sort(rng.integers(0, 10**9, count)), rng.random(count) + 1.0)
        for count in [0, 1, 4095, 4096, 0, 3, 20_000, 1]
    ]
    found = _Found()
    for places, ratios in batches:
        found.add(places, ratios)
    peaks = found.peaks()
    assert np.array_equal(peaks.places, np.concatenate([b[0] for b in batches]))
    assert np.array_equal(peaks.ratios, np.concatenate([b[1] for b in batches]))
    assert peaks.places.dtype == np.int64 and peaks.ratios.dtype == np.float64
    assert peaks.places.flags.owndata and peaks.ratios.flags.owndata
    assert _Found().peaks().places.shape == (0,)
