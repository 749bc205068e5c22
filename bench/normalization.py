"""Score `narrator.speech.spoken` on the written -> spoken development pairs.

The pairs live in ``../shared/data/tn-en-train`` beside the repository (see its README):
one ``written~spoken[~other accepted form]`` case a line, one file per category. Outputs
are compared as that README says: lower-case, hyphens as spaces, punctuation other than
apostrophes dropped, the word "and" dropped, spaces collapsed.

The data writes spelled letters together in capitals ("PM", "DNA") where narrator joins
them with hyphens ("P-M", "D-N-A"); both are heard as the same letters. The "letters"
column therefore first reads capitals joined by hyphens as one spelled word, then compares
as the README says. The "strict" column is the README's comparison alone.

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

from narrator.speech import spoken

DATA = ROOT.parent / "shared" / "data" / "tn-en-train"
SEED = ROOT / "seeds" / "reuters-atacms-crimea.txt"
_PUNCTUATION = re.compile(r"[^\w\s']")
_SPELLED = re.compile(r"\b[A-Z](?:-[A-Z])+\b")


def compared(text: str, join_letters: bool) -> str:
    """The form in which two readings are compared."""
    if join_letters:
        text = _SPELLED.sub(lambda m: m.group(0).replace("-", ""), text)
    text = text.lower().replace("-", " ")
    text = "".join(" " if c in string.punctuation and c != "'" else c for c in text)
    text = _PUNCTUATION.sub(" ", text)
    words = [w for w in text.split() if w != "and"]
    return " ".join(words)


def matches(output: str, accepted: list[str], join_letters: bool) -> bool:
    said = compared(output, join_letters)
    return any(said == compared(form, join_letters) for form in accepted)


def score(show_failures: bool) -> None:
    totals = [0, 0, 0]
    print(f"{'category':<12} {'cases':>5} {'strict':>8} {'letters':>8}")
    for path in sorted(DATA.glob("*.txt")):
        cases = [line.split("~") for line in path.read_text(encoding="utf-8").splitlines()
                 if "~" in line]
        strict = letters = 0
        for written, *accepted in cases:
            output = spoken(written)
            strict += matches(output, accepted, join_letters=False)
            ok = matches(output, accepted, join_letters=True)
            letters += ok
            if show_failures and not ok:
                print(f"  {path.stem}: {written!r} -> {output!r}; expected {accepted[0]!r}")
        n = len(cases)
        print(f"{path.stem:<12} {n:>5} {strict / n:>8.1%} {letters / n:>8.1%}")
        totals = [totals[0] + n, totals[1] + strict, totals[2] + letters]
    n, strict, letters = totals
    print(f"{'overall':<12} {n:>5} {strict / n:>8.1%} {letters / n:>8.1%}")


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
