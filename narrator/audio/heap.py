"""The memory malloc keeps free, given back to the kernel once a long narration no longer needs
it (see narrator.audio.leveled.keep_freed_memory, which has malloc keep it meanwhile)."""

from __future__ import annotations

_RELEASED_FROM = 8 << 20
"""The free memory malloc keeps past which `release_freed_memory` gives it back: a long
narration's heap keeps 15 to 20 MB free between its batches of bins, which 16 MB let stay
about half the time (its save's peak, 120.4 MB; 118.8 at 8 MB, 120.8 at 12)."""
_MALLINFO2_FIELDS = (
    "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
    "fordblks", "keepcost",
)  # fmt: skip
"""glibc's struct mallinfo2, in order (fordblks: the free memory malloc keeps)."""


def release_freed_memory() -> None:
    """Give back to the kernel the memory malloc keeps free, where it keeps more than
    `_RELEASED_FROM`: a long narration's arrays, once freed, are holes among long-lived blocks
    that later arrays do not fit, and the memory they held stayed the process's to the end
    (the 1 MB article's save: 27 MB free in its heap as its loudness was found, and 15 MB more
    taken for that). The pages are only faulted in again where they are used: the seed's
    save, whose heap keeps 9 to 11 MB free as its loudness is found, gives them back twice
    for the same CPU (0.66 s, 10 paired runs). Elsewhere than glibc (or before 2.33), nothing."""
    import ctypes

    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in _MALLINFO2_FIELDS]

    try:
        libc = ctypes.CDLL(None)
        mallinfo2, malloc_trim = libc.mallinfo2, libc.malloc_trim
    except (AttributeError, OSError, TypeError):
        return
    mallinfo2.restype = MallInfo2
    if mallinfo2().fordblks > _RELEASED_FROM:
        malloc_trim(0)
