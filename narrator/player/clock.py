"""Durations as a listener reads them: what the display shows, and `save`'s summary too (which
imports this module alone, not the display's terminal handling)."""

from __future__ import annotations


def clock(seconds: float) -> str:
    """`seconds` as m:ss (h:mm:ss past an hour)."""
    whole = max(round(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
