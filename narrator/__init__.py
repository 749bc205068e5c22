"""narrator: articles read aloud, through the speakers or into audio files."""

from narrator.errors import NarratorError
from narrator.models import (
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
from narrator.pipeline import plan, save, speak
from narrator.speech import spoken

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
    "plan",
    "save",
    "speak",
    "spoken",
]
