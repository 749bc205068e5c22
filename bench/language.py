"""Language detection against the pages' own `lang`: agreement, speed and memory.

For every page of ../shared/data/extraction-dev/pages/*.html.gz whose `<html lang>` names a
language, the article is read with the language the page declares left out (its body text as
narrator's reader extracts it), the language is detected from that body alone, and compared
with the page's own. Run: `.venv/bin/python bench/language.py [--show]`.
"""

from __future__ import annotations

import argparse
import gzip
import resource
import sys
import time
from collections import Counter
from pathlib import Path

PAGES = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "extraction-dev" / "pages"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true", help="List the pages that disagree.")
    arguments = parser.parse_args()
    if not PAGES.is_dir():
        print(f"no pages at {PAGES}", file=sys.stderr)
        return 1
    from narrator.errors import NarratorError
    from narrator.readers.html import read_html
    from narrator.readers.language import body_text, detect_language, page_language, primary

    pairs: list[tuple[str, str, str | None]] = []
    detect_s = 0.0
    for path in sorted(PAGES.glob("*.html.gz")):
        data = gzip.decompress(path.read_bytes())
        declared = page_language(data)
        if declared is None:
            continue
        try:
            article = read_html(data.decode("utf-8", "replace"), path.name)
        except NarratorError:
            continue
        started = time.perf_counter()
        detected = detect_language(body_text(article))
        detect_s += time.perf_counter() - started
        pairs.append((path.name, primary(declared), detected))
    agree = sum(declared == detected for _, declared, detected in pairs)
    print(f"pages with a lang and an article: {len(pairs)}")
    print(f"detection agrees with the page's lang: {agree}/{len(pairs)} ({agree / len(pairs):.1%})")
    by_language = Counter(declared for _, declared, _ in pairs)
    for language, count in by_language.most_common():
        hits = sum(d == language and g == language for _, d, g in pairs)
        print(f"  {language}: {hits}/{count}")
    print(f"detection time: {detect_s / len(pairs) * 1000:.1f} ms a page (first includes loading)")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    if arguments.show:
        for name, declared, detected in pairs:
            if declared != detected:
                print(f"  {name}: lang={declared} detected={detected}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
