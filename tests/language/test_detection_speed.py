"""Detection settles a clear English or German story from its function words, without loading
lingua's models (a tenth of a second); anything less clear is lingua's to decide."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ARTICLES = Path(__file__).resolve().parents[1] / "articles"
SEED = Path(__file__).resolve().parents[2] / "seeds" / "reuters-atacms-crimea.txt"


def _detected(path: Path) -> tuple[str, bool]:
    code = (
        "import sys; from narrator.readers.language import detect_language; "
        f"print(detect_language(open({str(path)!r}, encoding='utf-8').read()), "
        "'lingua' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    language, loaded = out.stdout.split()
    return language, loaded == "True"


@pytest.mark.parametrize(
    ("path", "language"), [(SEED, "en"), (ARTICLES / "wire-de-bahnstreik.txt", "de")]
)
def test_a_clear_english_or_german_story_needs_no_model(path: Path, language: str) -> None:
    assert _detected(path) == (language, False)


@pytest.mark.parametrize(
    ("path", "language"),
    [(ARTICLES / "wire-fr-greve.txt", "fr"), (ARTICLES / "wire-es-sequia.txt", "es")],
)
def test_other_languages_are_lingua_s(path: Path, language: str) -> None:
    assert _detected(path) == (language, True)


def test_a_few_english_words_in_a_german_story_do_not_make_it_english() -> None:
    from narrator.readers.language import detect_language

    german = (ARTICLES / "wire-de-bahnstreik.txt").read_text(encoding="utf-8")
    assert detect_language("The strike: what it means for you. " + german) == "de"
