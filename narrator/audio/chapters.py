"""A narration's chapters: its sections, timed from the audio written."""

from __future__ import annotations

from narrator.audio.timings import ChunkTiming
from narrator.models import Chapter, Plan


def chapters_for(
    narration: Plan, timings: list[ChunkTiming], duration_s: float
) -> tuple[Chapter, ...]:
    """Each section as a chapter from its first chunk's start. The untitled opening takes the
    article's title; an untitled section further on (after a rule) is "Part N"."""
    sections = narration.sections
    starts = [timings[section.first_chunk].start_s for section in sections]
    ends = [*starts[1:], duration_s]
    return tuple(
        Chapter(
            title=section.title or (number == 1 and narration.article.title) or f"Part {number}",
            start_s=start,
            end_s=end,
            first_chunk=section.first_chunk,
        )
        for number, (section, start, end) in enumerate(
            zip(sections, starts, ends, strict=True), start=1
        )
    )
