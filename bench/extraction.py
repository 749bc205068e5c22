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

``--without PASS,…`` scores the reader with some of its own passes turned off (the blocks the
markup names as clutter, the other stories a page appends, the closing boilerplate, the
promotions, the lines lost between two blocks put back, the lead put back, the parts a page
states in schema.org markup, the article stated in JSON-LD) and lists the pages whose errors
change, half by half: a pass that helps one half and costs the other, or helps only a page or
two, is fitted to these pages rather than to the web. trafilatura's counts are kept between runs
in a file in the system's temporary folder (they depend only on its version and the pages).

Usage: python bench/extraction.py [--failures] [--read-code] [--workers N] [--without PASS,…]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from narrator.errors import InputError
from narrator.models import NarrationConfig
from narrator.readers import html as html_reader
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
    without: Counts | None = None


def compared(text: str) -> str:
    """The form in which snippets and texts are compared: normalized, without invisible
    format characters (a snippet may hold an invisible separator, U+2063, that the page's
    text loses on the way), every run of whitespace one space."""
    visible = "".join(ch for ch in normalize_text(text) if unicodedata.category(ch) != "Cf")
    return " ".join(visible.split())


CONFIG = NarrationConfig()

# The reader's own passes, by the name given to --without, and what stands in for each when off.
PASSES: dict[str, tuple[str, Any]] = {
    "clutter": ("drop_clutter_blocks", lambda main, page, html: None),
    "others": ("drop_other_stories", lambda main, html: None),
    "trailing": ("drop_trailing_boilerplate", lambda main: None),
    "promotions": ("drop_promotions", lambda main: None),
    "gaps": ("restore_gaps", lambda main, page: None),
    "lead": ("restore_lead", lambda main, page: None),
    "schema": ("restore_stated_parts", lambda main, html: None),
    "stated": ("with_stated_body", lambda document, html: document),
}
WITHOUT: tuple[str, ...] = ()


@contextmanager
def passes_off(names: tuple[str, ...]) -> Iterator[None]:
    """The HTML reader with the passes `names` turned off, for the time of the block."""
    saved = {PASSES[name][0]: getattr(html_reader, PASSES[name][0]) for name in names}
    try:
        for name in names:
            setattr(html_reader, *PASSES[name])
        yield
    finally:
        for attribute, function in saved.items():
            setattr(html_reader, attribute, function)


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


def trafilatura_counts(html: str, case: dict[str, Any], known: dict[str, list[int]]) -> Counts:
    """trafilatura's counts on a page: `known` from an earlier run, or found now."""
    if case["name"] in known:
        return Counts(*known[case["name"]])
    return counts(trafilatura_text(html), case)


def trafilatura_cache() -> Path:
    import trafilatura

    version = trafilatura.__version__
    return Path(tempfile.gettempdir()) / f"narrator-extraction-trafilatura-{version}.json"


KNOWN: dict[str, list[int]] = {}


def score_page(item: tuple[str, dict[str, Any]]) -> PageScore:
    name, case = item
    data = gzip.decompress((DATA / "pages" / f"{name}.gz").read_bytes())
    html = decoded(data, name)
    start = time.process_time()
    ours = narrator_text(html, name)
    read_s = time.process_time() - start
    text = compared(ours)
    without = None
    if WITHOUT:
        with passes_off(WITHOUT):
            without = counts(narrator_text(html, name), case)
    return PageScore(
        name=name,
        narrator=counts(ours, case),
        trafilatura=trafilatura_counts(html, {**case, "name": name}, KNOWN),
        missed=tuple(s for s in case["with"] if compared(s) not in text),
        read_clutter=tuple(s for s in case["without"] if compared(s) in text),
        english=bool(case.get("english")),
        read_s=read_s,
        without=without,
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
    if WITHOUT:
        report_without(scores, halves)
    if show_failures:
        worst = sorted(worse, key=lambda s: s.trafilatura.errors() - s.narrator.errors())
        for page in worst[:_WORST_SHOWN]:
            print(f"\n{page.name}: narrator {page.narrator}, trafilatura {page.trafilatura}")
            for snippet in page.missed:
                print(f"  missed: {snippet!r}")
            for snippet in page.read_clutter:
                print(f"  read:   {snippet!r}")


def report_without(
    scores: list[PageScore], halves: tuple[tuple[str, list[PageScore]], ...]
) -> None:
    """The reader's scores with the passes --without names turned off, and the pages whose
    errors they change: "+2" a page the passes help by two errors, "-1" one they cost."""
    print(f"\nwithout {', '.join(WITHOUT)}:")
    for half, pages in halves:
        total = sum((s.without or Counts() for s in pages), Counts())
        p, r, f1 = total.precision(), total.recall(), total.f1()
        print(f"{'narrator' + half:<24} {p:>9.3f} {r:>7.3f} {f1:>6.3f}")
    for half, pages in halves[1:3]:
        changed = [
            (s.without.errors() - s.narrator.errors(), s.name)
            for s in pages
            if s.without is not None and s.without.errors() != s.narrator.errors()
        ]
        helped = sum(delta for delta, _ in changed if delta > 0)
        cost = -sum(delta for delta, _ in changed if delta < 0)
        print(f"the passes{half}: help {helped} errors, cost {cost}, on {len(changed)} pages")
        for delta, name in sorted(changed, reverse=True):
            print(f"  {delta:+d} {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="show the worst pages")
    parser.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    parser.add_argument(
        "--read-code",
        action="store_true",
        help="read code samples and tables instead of announcing them (as trafilatura keeps them)",
    )
    parser.add_argument(
        "--without",
        default="",
        help=f"passes of the reader to turn off, comma-separated: {', '.join(PASSES)}",
    )
    args = parser.parse_args()
    global WITHOUT
    WITHOUT = tuple(name for name in args.without.split(",") if name)
    unknown = [name for name in WITHOUT if name not in PASSES]
    if unknown:
        parser.error(f"no pass named {', '.join(unknown)}; choose from {', '.join(PASSES)}")
    if args.read_code:
        global CONFIG
        CONFIG = NarrationConfig(code_mode="read")
    if not (DATA / "cases.json").exists():
        print(f"no extraction data at {DATA}; nothing to score")
        return 0
    cases = json.loads((DATA / "cases.json").read_text(encoding="utf-8"))
    cache = trafilatura_cache()
    if cache.exists():
        KNOWN.update(json.loads(cache.read_text(encoding="utf-8")))
    start = time.perf_counter()
    with Pool(args.workers) as pool:
        scores = pool.map(score_page, sorted(cases.items()), chunksize=4)
    found = {s.name: [s.trafilatura.tp, s.trafilatura.fn, s.trafilatura.fp] for s in scores}
    cache.write_text(json.dumps(found), encoding="utf-8")
    report(scores, args.failures)
    print(f"\nscored in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
