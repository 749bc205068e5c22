"""Score `narrator.spoken.spoken` on the development data beside the repository.

Three parts, each printed as a table (see ``../shared/data/README.md`` for the data):

- categories: for every ``tn-<lang>-train`` directory, one ``written~spoken[~other]`` case a
  line, one file per category, scored per category; a language without rules is reported so.
- sentences: ``tn-en-wiki`` and ``tn-es-wiki`` (``written<TAB>spoken`` Wikipedia sentences),
  sentence accuracy (no word differs) and word error rate, both after the maintainers'
  lenient comparison (``../shared/tools/lenient.py``); and per kind of token written in a
  sentence (years, money, letters...), the accuracy of the sentences that hold one.
- speed: `spoken` on about 1 MB of article text (the seed, repeated), on 1 MB of the
  English wiki sentences (different text, a line each), and once a chunk on the chunks of
  bench/run.py's 10x long read, as a narration calls it.

Usage: python bench/normalization.py [--limit N] [--failures [N]] [--misses CLASS]
                                     [--half even|odd] [--only PART] [--jobs N]
  --limit N       score only every k-th sentence so that about N of each set are scored
  --failures N    print N failing examples per category and per token kind (default 5)
  --misses CLASS  print every miss of one category ("electronic") or token kind ("letters"),
                  with the words that differ
  --half H        score only the even- or odd-numbered sentences: tune on one half, confirm
                  on the other
  --only PART     one of: categories, sentences, speed
  --jobs N        processes for the sentences (default 2)
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
TOOLS = ROOT.parent / "shared" / "tools"
SEED = ROOT / "seeds" / "reuters-atacms-crimea.txt"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(TOOLS))

from lenient import canon, wer

from narrator.spoken import UnknownLanguageError, spoken

WIKI_SETS = ("en", "es")

# The kind of a written token that is not a plain word, first match wins; a sentence is
# counted under every kind it holds, so a kind's accuracy is that of its sentences.
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("url/email", r"@|https?:|www\.|\.(com|org|net)\b"),
        ("money", r"[$€£¥]|\d(bn|m)\b"),
        ("percent", r"%"),
        ("time", r"^\d{1,2}:\d\d|^\d{1,2}(am|pm)$|^[ap]\.m\.$"),
        ("date", r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$"),
        ("range", r"^\d[\d,.]*[-\u2013]\d[\d,.]*$"),
        ("fraction", r"^\d+/\d+$|[½¼¾⅓⅔]"),
        ("decimal", r"^-?\d*\.\d+$"),
        ("ordinal", r"^\d+(st|nd|rd|th)$"),
        ("decade", r"^'?\d+0'?s$"),
        ("year", r"^(1[5-9]|20)\d\d$"),
        ("number", r"^[\d,]+$"),
        ("measure/alnum", r"\d"),
        ("roman", r"^[IVXLCDM]{2,}$|^(I?[VX]|[VX]?I{1,3})$"),
        ("abbreviation", r"^([A-Za-z]\.)+[A-Za-z]?$|^[A-Z][a-z]{0,4}\.$"),
        ("letters", r"^[A-Z][A-Z&]+s?$"),
        ("symbol", r"^[#§&+=/\\°~^*]"),
    )
)


def kind_of(token: str) -> str | None:
    """The kind of a written token, or None for a plain word or punctuation."""
    for name, pattern in KINDS:
        if pattern.search(token):
            return name
    return None


def read_cases(path: Path) -> list[tuple[str, list[str]]]:
    """The ``written~spoken[~other]`` cases of one category file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        (parts[0], parts[1:]) for parts in (line.split("~") for line in lines) if len(parts) > 1
    ]


def read_sentences(
    language: str, limit: int | None, half: str | None = None
) -> list[tuple[str, str]]:
    """The ``written<TAB>spoken`` sentences of one wiki set, every k-th under ``limit``, of
    the even- or odd-numbered half only under ``half``."""
    path = DATA / f"tn-{language}-wiki" / "sentences.tsv"
    if not path.is_file():
        return []
    pairs = [
        (parts[0], parts[1])
        for parts in (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
        if len(parts) == 2
    ]
    if half:
        pairs = pairs[half == "odd" :: 2]
    step = max(1, len(pairs) // limit) if limit else 1
    return pairs[::step]


def _said(text: str, language: str) -> str:
    try:
        return spoken(text, language=language)
    except UnknownLanguageError:
        raise
    except Exception as error:  # a crash is a miss, and is shown as one
        return f"<{type(error).__name__}: {error}>"


def supported(language: str, data_set: str) -> bool:
    """Whether `spoken` reads ``language``; says so when it does not."""
    try:
        spoken("1", language=language)
    except UnknownLanguageError:
        print(f"\n[{data_set}] not supported yet: no spoken-form rules for {language!r}")
        return False
    return True


def score_categories(failures: int, misses: str | None = None) -> None:
    """Per language and category: the share of cases read as an accepted form."""
    for directory in sorted(DATA.glob("tn-*-train")):
        language = directory.name.split("-")[1]
        if not supported(language, directory.name):
            continue
        print(f"\n[{language}] {'category':<12} {'cases':>5} {'score':>7}")
        total = right_total = 0
        for path in sorted(directory.glob("*.txt")):
            cases = read_cases(path)
            right, shown = 0, 0
            for written, accepted in cases:
                said = _said(written, language)
                ok = any(canon(said, language) == canon(form, language) for form in accepted)
                right += ok
                if not ok and (shown < failures or path.stem == misses):
                    shown += 1
                    print(f"     {written!r} -> {said!r}; expected {accepted[0]!r}")
            total, right_total = total + len(cases), right_total + right
            print(f"     {path.stem:<12} {len(cases):>5} {right / max(1, len(cases)):>7.1%}")
        print(f"     {'overall':<12} {total:>5} {right_total / max(1, total):>7.1%}")


def _score_sentence(job: tuple[str, str, str]) -> tuple[int, int, str]:
    written, reference, language = job
    said = _said(written, language)
    edits, words = wer(said, reference, language)
    return edits, words, said


def score_sentences(
    limit: int | None, failures: int, jobs: int, misses: str | None = None, half: str | None = None
) -> None:
    """Per wiki set: sentence accuracy and WER, then per token kind."""
    for language in WIKI_SETS:
        pairs = read_sentences(language, limit, half)
        if not pairs or not supported(language, f"{language}-wiki"):
            continue
        work = [(written, reference, language) for written, reference in pairs]
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(_score_sentence, work, chunksize=200))
        edits = sum(result[0] for result in results)
        words = sum(result[1] for result in results)
        exact = sum(result[0] == 0 for result in results)
        print(f"\n[{language}-wiki] {len(pairs)} sentences: accuracy {exact / len(pairs):.1%}, "
              f"WER {edits / max(1, words):.2%}")  # fmt: skip
        _per_kind(pairs, results, failures, misses, language)


def _kinds(written: str) -> set[str]:
    return {kind for token in written.split() if (kind := kind_of(token.strip(',;:()"')))}


def _per_kind(
    pairs: list[tuple[str, str]],
    results: Iterable[tuple[int, int, str]],
    failures: int,
    misses: str | None = None,
    language: str = "en",
) -> None:
    seen: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for (written, reference), (edits, _words, said) in zip(pairs, results, strict=True):
        for kind in _kinds(written) or {"plain"}:
            seen[kind] += 1
            if edits:
                missed[kind] += 1
                if len(examples[kind]) < failures or kind == misses:
                    example = f"       {written}\n     > {said}\n     = {reference}"
                    if kind == misses:
                        example += "\n     ~ " + _differing_words(said, reference, language)
                    examples[kind].append(example)
    print(f"     {'token kind':<14} {'sentences':>9} {'missed':>7} {'accuracy':>9}")
    for kind, count in missed.most_common() + [(k, 0) for k in seen if k not in missed]:
        print(f"     {kind:<14} {seen[kind]:>9} {count:>7} {1 - count / seen[kind]:>9.1%}")
    for kind, lines in examples.items():
        if not lines:
            continue
        print(f"   -- {kind}")
        print("\n".join(lines))


def _differing_words(said: str, reference: str, language: str) -> str:
    """The words where ``said`` and ``reference`` differ, once compared leniently:
    "'nineteen' / 'one thousand nine hundred'; ..."."""
    ours, theirs = canon(said, language), canon(reference, language)
    matcher = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
    return "; ".join(
        f"{' '.join(ours[i1:i2])!r} / {' '.join(theirs[j1:j2])!r}"
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    )


def _timed(label: str, text: str) -> None:
    start, cpu = time.perf_counter(), time.process_time()
    spoken(text)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    # The processor time as well: on a shared machine the wall clock measures the others too.
    print(f"speed: {len(text) / 1e6:.2f} MB of {label} in {elapsed:.2f} s ({cpu:.2f} s CPU)")


def _timed_chunks(label: str, chunks: list[str], rounds: int = 5) -> None:
    """`spoken` once a chunk, as a narration calls it: the fastest of ``rounds`` rounds."""
    best = float("inf")
    for _ in range(rounds):
        cpu = time.process_time()
        for chunk in chunks:
            spoken(chunk)
        best = min(best, time.process_time() - cpu)
    print(f"speed: {len(chunks)} chunks of {label} in {best * 1000:.0f} ms CPU")


def _long_read_chunks(article: str) -> list[str]:
    """The chunks of bench/run.py's 10x long read (ten variants of the seed), as a save cuts
    them."""
    from narrator.models import NarrationConfig
    from narrator.readers.plaintext import read_plaintext
    from narrator.segmenter import segment

    sys.path.insert(0, str(ROOT / "bench"))
    from run import variant

    title = article.split("\n", 1)[0]
    long = title + "\n" + "\n\n".join(variant(article, n).split("\n", 1)[1] for n in range(10))
    return [chunk.text for chunk in segment(read_plaintext(long), NarrationConfig())]


def speed() -> None:
    """How long `spoken` takes on about 1 MB of article text (the seed, repeated), on 1 MB
    of different text (the English wiki sentences, a line each), and once a chunk on the 10x
    long read, as a narration calls it (where the cost of each call counts)."""
    if not SEED.is_file():
        return
    article = SEED.read_text(encoding="utf-8")
    spoken(article)  # the language's rules are loaded outside the timing
    print()
    _timed("article text", (article + "\n\n") * (1_000_000 // (len(article) + 2) + 1))
    sentences = "\n".join(written for written, _ in read_sentences("en", None))
    if sentences:
        _timed("wiki sentences", sentences[: sentences.rfind("\n", 0, 1_000_000)])
    _timed_chunks("the 10x long read", _long_read_chunks(article))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--failures", type=int, nargs="?", const=5, default=0)
    parser.add_argument("--misses", metavar="CLASS")
    parser.add_argument("--half", choices=("even", "odd"))
    parser.add_argument("--only", choices=("categories", "sentences", "speed"))
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"No development data at {DATA}; nothing to score.")
        return 0
    if args.only in (None, "categories"):
        score_categories(args.failures, args.misses)
    if args.only in (None, "sentences"):
        score_sentences(args.limit, args.failures, args.jobs, args.misses, args.half)
    if args.only in (None, "speed"):
        speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
