"""The library's public names, as the README shows them, work in any import order."""

from __future__ import annotations

import subprocess
import sys

import pytest

import narrator

CALL_SPOKEN = "import narrator; print(narrator.spoken('$3.5bn on Nov. 4'))"


@pytest.mark.parametrize(
    "first",
    [
        "",
        "import narrator.spoken.en; ",
        "import narrator.pipeline.compose; ",
        "from narrator import spoken; ",
    ],
)
def test_narrator_spoken_is_the_function_whatever_was_imported_before(first: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", first + CALL_SPOKEN], capture_output=True, text=True, check=True
    )
    assert result.stdout == "three point five billion dollars on November fourth\n"


def test_the_spoken_package_answers_a_call_like_its_function() -> None:
    from narrator import spoken
    from narrator.spoken import spoken as function

    assert spoken("No. 7", language="en") == function("No. 7") == "number seven"


def test_every_public_name_is_there() -> None:
    for name in narrator.__all__:
        assert getattr(narrator, name) is not None, name
