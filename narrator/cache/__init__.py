"""Speed without change: the chunk cache (narrator.cache.chunks), and the reuse of a folder's
previous narration (narrator.cache.previous)."""

from narrator.cache.chunks import (
    CACHE_DIR_VARIABLE,
    DEFAULT_MAX_MB,
    CacheError,
    CacheInfo,
    ChunkCache,
    chunk_key,
    default_cache_dir,
)

__all__ = [
    "CACHE_DIR_VARIABLE",
    "DEFAULT_MAX_MB",
    "CacheError",
    "CacheInfo",
    "ChunkCache",
    "chunk_key",
    "default_cache_dir",
]
