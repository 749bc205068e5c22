"""Where `speak` begins: the beginning, the bookmark, a section (by number or heading) or a
chunk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from narrator.errors import NarratorError
from narrator.models import Plan
from narrator.player import bookmarks

Notify = Callable[[str], None]


class StartError(NarratorError):
    """The place to start from does not exist in the article."""


@dataclass(frozen=True)
class StartPoint:
    """Where `speak` begins: the beginning, the bookmark, a section or a chunk."""

    resume: bool = False
    section: str | None = None
    """A section number counted from 1, or (part of) its heading."""
    chunk: int | None = None
    """A chunk number counted from 1, as the display shows it."""


def first_chunk(narration: Plan, start: StartPoint, notify: Notify) -> int:
    """The index of the chunk to start from (0 unless `start` says otherwise)."""
    if start.chunk is not None:
        return _numbered_chunk(narration, start.chunk)
    if start.section is not None:
        return _section_start(narration, start.section)
    if start.resume:
        return _resumed(narration, notify)
    return 0


def _numbered_chunk(narration: Plan, number: int) -> int:
    total = len(narration.chunks)
    if not 1 <= number <= total:
        raise StartError(f"there is no chunk {number}: the article has chunks 1 to {total}")
    return number - 1


def _section_start(narration: Plan, wanted: str) -> int:
    sections = narration.sections
    if wanted.strip().isdigit():
        number = int(wanted)
        if 1 <= number <= len(sections):
            return sections[number - 1].first_chunk
        raise StartError(f"there is no section {number}; {_section_list(narration)}")
    needle = wanted.strip().casefold()
    titles = [(s.title or "").casefold() for s in sections]
    exact = [i for i, title in enumerate(titles) if title == needle]
    partial = [i for i, title in enumerate(titles) if needle and needle in title]
    found = exact or partial
    if len(found) != 1:
        problem = "several sections match" if found else "no section is titled"
        raise StartError(f"{problem} '{wanted}'; {_section_list(narration)}")
    return sections[found[0]].first_chunk


def _section_list(narration: Plan) -> str:
    names = [
        f'{number} "{s.title}"' if s.title else f"{number} (no heading)"
        for number, s in enumerate(narration.sections, start=1)
    ]
    return "the sections are: " + ", ".join(names)


def _resumed(narration: Plan, notify: Notify) -> int:
    resumption = bookmarks.resume(narration, notify)
    if resumption is None:
        notify("no bookmark for this article: starting at the beginning")
        return 0
    if resumption.changed:
        notify(
            "the article changed since it was bookmarked: resuming at the nearest matching "
            f"chunk, {resumption.chunk + 1}/{len(narration.chunks)}"
        )
    return resumption.chunk
