"""pysbd, which the segmenter splits sentences with, imported with the languages a text needs.

pysbd's package imports its segmenter, whose ``pysbd.languages`` imports all of its 22
languages and builds their classes: some 5 ms of every narration's start, in the planning
process before its first chunk, for the one language an article is in. Here the segmenter is
imported while a stand-in answers for ``pysbd.languages``: its `Languages` loads a language's
module at its first use, for the languages narrator reads (`PYSBD_MODULES`); any other, and
the list of codes pysbd knows, come from pysbd's own module, imported then. The stand-in is
there only during that import (the segmenter keeps it as its ``Language``); pysbd's package is
then run as it is. Where pysbd differs from what this expects, it is imported whole.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import sys
import types
from typing import Any

PYSBD_MODULES = {
    "en": ("english", "English"),
    "de": ("deutsch", "Deutsch"),
    "fr": ("french", "French"),
    "es": ("spanish", "Spanish"),
    "it": ("italian", "Italian"),
    "ru": ("russian", "Russian"),
}
"""pysbd's module (in ``pysbd.lang``) and class for each language narrator has rules for."""


class Languages:
    """What pysbd's segmenter asks of ``pysbd.languages``: the class of a language's code."""

    @classmethod
    def get_language_code(cls, code: str) -> Any:
        """pysbd's class for ``code``, its module imported at its first use."""
        if code in PYSBD_MODULES:
            module, name = PYSBD_MODULES[code]
            return getattr(importlib.import_module(f"pysbd.lang.{module}"), name)
        from pysbd.languages import Language

        return Language.get_language_code(code)


def known(code: str) -> bool:
    """Whether pysbd has rules for the language ``code``."""
    if code in PYSBD_MODULES:
        return True
    from pysbd.languages import LANGUAGE_CODES

    return code in LANGUAGE_CODES


def import_pysbd() -> Any:
    """pysbd, its segmenter imported with the stand-in for its languages (see above) unless it
    is imported already."""
    if "pysbd" not in sys.modules:
        with contextlib.suppress(ImportError, AttributeError):
            _import_with_stand_in()
    import pysbd

    return pysbd


def _import_with_stand_in() -> None:
    spec = importlib.util.find_spec("pysbd")
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return
    package = importlib.util.module_from_spec(spec)
    stand_in = types.ModuleType("pysbd.languages")
    stand_in.Language = Languages  # type: ignore[attr-defined]
    sys.modules["pysbd"], sys.modules["pysbd.languages"] = package, stand_in
    try:
        importlib.import_module("pysbd.segmenter")
        spec.loader.exec_module(package)  # its own __init__, which finds the segmenter
    except BaseException:
        for name in [name for name in sys.modules if name.split(".")[0] == "pysbd"]:
            del sys.modules[name]
        raise
    finally:
        if sys.modules.get("pysbd.languages") is stand_in:
            del sys.modules["pysbd.languages"]
