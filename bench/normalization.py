"""Score `narrator.spoken.spoken` on the written -> spoken development pairs.

The pairs live in ``../shared/data/tn-en-train`` beside the repository (see its README):
one ``written~spoken[~other accepted form]`` case a line, one file per category. Outputs
are compared as that README says: lower-case, hyphens as spaces, punctuation other than
apostrophes dropped, the word "and" dropped, spaces collapsed.

Also times `spoken` on about 1 MB of article text.

Usage: python bench/normalization.py [--failures]
"""

from __future__ import annotations

import re
import string
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from narrator.spoken import spoken

DATA = ROOT.parent / "shared" / "data" / "tn-en-train"
SEED = ROOT / "seeds" / "reuters-atacms-crimea.txt"
_PUNCTUATION = re.compile(r"[^\w\s']")


def compared(text: str) -> str:
    """The form in which two readings are compared."""
    text = text.lower().replace("-", " ")
    text = "".join(" " if c in string.punctuation and c != "'" else c for c in text)
    text = _PUNCTUATION.sub(" ", text)
    words = [w for w in text.split() if w != "and"]
    return " ".join(words)


def matches(output: str, accepted: list[str]) -> bool:
    said = compared(output)
    return any(said == compared(form) for form in accepted)


def score(show_failures: bool) -> None:
    total = passed = 0
    print(f"{'category':<12} {'cases':>5} {'score':>8}")
    for path in sorted(DATA.glob("*.txt")):
        cases = [
            line.split("~") for line in path.read_text(encoding="utf-8").splitlines() if "~" in line
        ]
        right = 0
        for written, *accepted in cases:
            output = spoken(written)
            ok = matches(output, accepted)
            right += ok
            if show_failures and not ok:
                print(f"  {path.stem}: {written!r} -> {output!r}; expected {accepted[0]!r}")
        print(f"{path.stem:<12} {len(cases):>5} {right / len(cases):>8.1%}")
        total, passed = total + len(cases), passed + right
    print(f"{'overall':<12} {total:>5} {passed / total:>8.1%}")


def speed() -> None:
    if not SEED.is_file():
        return
    article = SEED.read_text(encoding="utf-8")
    text = (article + "\n\n") * (1_000_000 // (len(article) + 2) + 1)
    start = time.perf_counter()
    spoken(text)
    elapsed = time.perf_counter() - start
    print(f"speed: {len(text) / 1e6:.2f} MB of article text in {elapsed:.2f} s")


def main() -> int:
    if not DATA.is_dir():
        print(f"No benchmark data at {DATA}; nothing to score.")
        return 0
    score(show_failures="--failures" in sys.argv)
    speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
