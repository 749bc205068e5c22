"""num2words' converter for one language, loaded alone at its first number.

The package's own module loads its 50 languages, 15 ms of every narration's start, so the
language's module is loaded under a stand-in for the package, which is then taken away
(`import num2words` later still loads the whole package, reusing the module).
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import sys
import types
from typing import Any


@functools.cache
def converter(code: str) -> Any:
    """num2words' converter object for ``code`` ("de", "fr"...), with ``to_cardinal``,
    ``to_ordinal`` and ``to_year``."""
    if "num2words" in sys.modules and hasattr(sys.modules["num2words"], "CONVERTER_CLASSES"):
        return sys.modules["num2words"].CONVERTER_CLASSES[code]
    suffix = code.upper()
    spec = importlib.util.find_spec("num2words")
    if spec is None or spec.submodule_search_locations is None:
        raise ImportError("num2words is not installed")
    stand_in = types.ModuleType("num2words")
    stand_in.__path__ = list(spec.submodule_search_locations)
    sys.modules["num2words"] = stand_in
    try:
        module = importlib.import_module(f"num2words.lang_{suffix}")
    finally:
        del sys.modules["num2words"]
    return getattr(module, f"Num2Word_{suffix}")()
