"""narrator: articles read aloud, through the speakers or into audio files."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from narrator import dataclass_code

# Before any of narrator's dataclasses is defined: their methods' code is kept (see there).
dataclass_code.install()

from narrator._version import __version__  # noqa: E402
from narrator.errors import NarratorError  # noqa: E402
from narrator.models import (  # noqa: E402
    Article,
    Block,
    BlockKind,
    Chunk,
    ChunkKind,
    NarrationConfig,
    Plan,
    SavedNarration,
    Section,
)

if TYPE_CHECKING:
    from narrator.pipeline import plan, save, save_many, speak
    from narrator.spoken import spoken

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Chunk",
    "ChunkKind",
    "NarrationConfig",
    "NarratorError",
    "Plan",
    "SavedNarration",
    "Section",
    "__version__",
    "plan",
    "save",
    "save_many",
    "speak",
    "spoken",
]

_LAZY = {
    "plan": "narrator.pipeline",
    "save": "narrator.pipeline",
    "save_many": "narrator.pipeline",
    "speak": "narrator.pipeline",
    "spoken": "narrator.spoken",
}


def __getattr__(name: str) -> Any:
    # The pipeline pulls in the engine, the readers and the number words: only when used, so
    # that `narrator --help` starts at once.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'narrator' has no attribute {name!r}")
