"""pysbd imported with the languages a text needs (narrator.sentence_languages): a process
that splits English loads none of pysbd's other languages, and splits every language as
pysbd's own segmenter does; a pysbd that differs from what the stand-in expects is imported
whole."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from narrator.sentence_languages import PYSBD_MODULES

_TEXTS = {
    "en": "Dr. Smith went to Washington. He said so at 5 p.m. on Monday. Then he left.",
    "de": "Der Hr. Müller kam um 5 Uhr. Er ging dann nach Hause.",
    "fr": "M. Dupont est arrivé à 5 h. Il est reparti ensuite.",
    "es": "El Sr. García llegó a las 5. Luego se fue.",
    "it": "Il sig. Rossi è arrivato alle 5. Poi è andato via.",
    "ru": "Г-н Иванов пришёл в 5 ч. Потом он ушёл.",
    "nl": "Hoe gaat het? Goed, dank u.",
}

_SPLIT = """
import json, sys
{before}
from narrator.segmenter import split_sentences
texts = json.loads(sys.argv[1])
said = {{code: split_sentences(text, code) for code, text in texts.items()}}
loaded = sorted(name for name in sys.modules if name.startswith("pysbd.lang"))
print(json.dumps({{"said": said, "loaded": loaded, "languages": "pysbd.languages" in sys.modules}}))
"""


def _split(texts: dict[str, str], before: str = "") -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _SPLIT.format(before=before), json.dumps(texts)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_splitting_english_loads_no_other_language_of_pysbd() -> None:
    result = _split({"en": _TEXTS["en"]})
    assert "pysbd.lang.english" in result["loaded"]  # type: ignore[operator]
    assert "pysbd.lang.deutsch" not in result["loaded"]  # type: ignore[operator]
    assert result["languages"] is False


def test_every_language_splits_as_pysbds_own_segmenter_does() -> None:
    import pysbd

    expected = {
        code: pysbd.Segmenter(language=code, clean=False).segment(text)
        for code, text in _TEXTS.items()
    }
    said = _split(_TEXTS)["said"]
    assert said == {code: [s.strip() for s in sentences] for code, sentences in expected.items()}


@pytest.mark.parametrize("code", sorted(PYSBD_MODULES))
def test_each_language_is_the_class_pysbd_gives_its_code(code: str) -> None:
    from pysbd.languages import LANGUAGE_CODES

    module, name = PYSBD_MODULES[code]
    assert LANGUAGE_CODES[code].__module__ == f"pysbd.lang.{module}"
    assert LANGUAGE_CODES[code].__name__ == name


def test_a_pysbd_the_stand_in_cannot_import_is_imported_whole() -> None:
    # A module of pysbd's that cannot be imported with the stand-in: the whole package then.
    result = _split({"en": _TEXTS["en"]}, before="sys.modules['pysbd.processor'] = None")
    assert result["said"] == {"en": _split({"en": _TEXTS["en"]})["said"]["en"]}  # type: ignore[index]
    assert result["languages"] is True
