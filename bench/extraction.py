"""Score the HTML reader against trafilatura alone on real web pages.

The pages live in ``../shared/data/extraction-dev`` beside the repository (see its README):
``pages/*.html.gz`` and ``cases.json``, which lists for each page snippets of article text that
must be read (``with``) and snippets of boilerplate that must not (``without``). Scored as
trafilatura's own evaluation does (a case-sensitive substring test): a ``with`` snippet found in
the text is a true positive (not found: a false negative), a ``without`` snippet found is a false
positive. Both the snippets and the texts are compared after the reader's own text normalization
(typographic quotes straightened, invisible format characters dropped, every run of whitespace
one space), the same for both sides.

narrator's text is what it reads: the title, then every heading and block of the body (a page
with no article text reads as nothing). trafilatura's is ``trafilatura.extract(html)`` with its
default settings.

By default narrator reads as it does out of the box, announcing code samples and large data
tables ("Code sample skipped.") rather than reading them, which costs it the snippets they hold
(a small table is read, a row at a time); ``--read-code`` reads them, to compare the extraction
alone.

Pages are also reported in two halves, the even-numbered and the odd-numbered in name order, so
that a rule tuned on one half can be checked on the other, and the pages ``cases.json`` flags as
English apart (the held-out pages are English news and blog pages). A page "loses most of what
trafilatura keeps" when narrator finds under half of the ``with`` snippets that trafilatura finds.

Usage: python bench/extraction.py [--failures] [--read-code] [--workers N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import unicodedata
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from narrator.errors import InputError
from narrator.models import NarrationConfig
from narrator.readers.decoding import decode_html, normalize_text
from narrator.readers.html import read_html

DATA = ROOT.parent / "shared" / "data" / "extraction-dev"
_WORST_SHOWN = 15


@dataclass(frozen=True)
class Counts:
    """True positives, false negatives and false positives of one page (or of many)."""

    tp: int = 0
    fn: int = 0
    fp: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fn + other.fn, self.fp + other.fp)

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def errors(self) -> int:
        return self.fn + self.fp


@dataclass(frozen=True)
class PageScore:
    name: str
    narrator: Counts
    trafilatura: Counts
    missed: tuple[str, ...]
    read_clutter: tuple[str, ...]
    english: bool
    read_s: float = 0.0


def compared(text: str) -> str:
    """The form in which snippets and texts are compared: normalized, without invisible
    format characters (a snippet may hold an invisible separator, U+2063, that the page's
    text loses on the way), every run of whitespace one space."""
    visible = "".join(ch for ch in normalize_text(text) if unicodedata.category(ch) != "Cf")
    return " ".join(visible.split())


CONFIG = NarrationConfig()


def narrator_text(html: str, name: str) -> str:
    """What narrator reads of a page: its title, headings and blocks."""
    try:
        article = read_html(html, name, CONFIG)
    except InputError:
        return ""
    parts = [article.title]
    for section in article.sections:
        parts.extend([section.heading or "", *(block.text for block in section.blocks)])
    return "\n".join(parts)


def trafilatura_text(html: str) -> str:
    """What trafilatura alone extracts from a page, with its default settings."""
    import trafilatura

    return trafilatura.extract(html) or ""


def counts(text: str, case: dict[str, Any]) -> Counts:
    text = compared(text)
    found = [compared(s) in text for s in case["with"]]
    wrong = [compared(s) in text for s in case["without"]]
    return Counts(tp=sum(found), fn=len(found) - sum(found), fp=sum(wrong))


def decoded(data: bytes, name: str) -> str:
    """The page as narrator decodes it; as UTF-8 when narrator takes it for binary data (a few
    pages hold stray control characters), so that both sides still read the same text."""
    try:
        return decode_html(data, name)
    except InputError:
        return normalize_text(data.decode("utf-8", errors="replace"))


def score_page(item: tuple[str, dict[str, Any]]) -> PageScore:
    name, case = item
    data = gzip.decompress((DATA / "pages" / f"{name}.gz").read_bytes())
    html = decoded(data, name)
    start = time.process_time()
    ours = narrator_text(html, name)
    read_s = time.process_time() - start
    text = compared(ours)
    return PageScore(
        name=name,
        narrator=counts(ours, case),
        trafilatura=counts(trafilatura_text(html), case),
        missed=tuple(s for s in case["with"] if compared(s) not in text),
        read_clutter=tuple(s for s in case["without"] if compared(s) in text),
        english=bool(case.get("english")),
        read_s=read_s,
    )


def report(scores: list[PageScore], show_failures: bool) -> None:
    print(f"{len(scores)} pages")
    print(f"{'':<24} {'precision':>9} {'recall':>7} {'F1':>6}")
    english = [s for s in scores if s.english]
    halves = (
        ("", scores),
        (" (even pages)", scores[::2]),
        (" (odd pages)", scores[1::2]),
        (" (English)", english),
    )
    for half, pages in halves:
        ours = sum((s.narrator for s in pages), Counts())
        theirs = sum((s.trafilatura for s in pages), Counts())
        for label, total in ((f"narrator{half}", ours), (f"trafilatura{half}", theirs)):
            p, r, f1 = total.precision(), total.recall(), total.f1()
            print(f"{label:<24} {p:>9.3f} {r:>7.3f} {f1:>6.3f}")
    worse = [s for s in scores if s.narrator.errors() > s.trafilatura.errors()]
    better = sum(s.narrator.errors() < s.trafilatura.errors() for s in scores)
    lost = [s.name for s in scores if 2 * s.narrator.tp < s.trafilatura.tp]
    print(f"pages where narrator is worse: {len(worse)}, better: {better}")
    print(f"pages losing most of what trafilatura keeps: {len(lost)} {' '.join(lost)}")
    times = sorted(s.read_s for s in scores)
    print(
        f"narrator reads a page in {1000 * times[len(times) // 2]:.0f} ms CPU (median), "
        f"{sum(times):.1f} s for all (the first page of each process loads trafilatura)"
    )
    if show_failures:
        worst = sorted(worse, key=lambda s: s.trafilatura.errors() - s.narrator.errors())
        for page in worst[:_WORST_SHOWN]:
            print(f"\n{page.name}: narrator {page.narrator}, trafilatura {page.trafilatura}")
            for snippet in page.missed:
                print(f"  missed: {snippet!r}")
            for snippet in page.read_clutter:
                print(f"  read:   {snippet!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="show the worst pages")
    parser.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    parser.add_argument(
        "--read-code",
        action="store_true",
        help="read code samples and tables instead of announcing them (as trafilatura keeps them)",
    )
    args = parser.parse_args()
    if args.read_code:
        global CONFIG
        CONFIG = NarrationConfig(code_mode="read")
    if not (DATA / "cases.json").exists():
        print(f"no extraction data at {DATA}; nothing to score")
        return 0
    cases = json.loads((DATA / "cases.json").read_text(encoding="utf-8"))
    start = time.perf_counter()
    with Pool(args.workers) as pool:
        scores = pool.map(score_page, sorted(cases.items()), chunksize=4)
    report(scores, args.failures)
    print(f"\nscored in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
