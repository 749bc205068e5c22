"""The user's folders for narrator: preferences and lexicon, the chunk cache, the bookmarks.

Each is the platform's usual place (platformdirs), unless an environment variable names it:
`NARRATOR_CONFIG_DIR`, `NARRATOR_CACHE_DIR`, `NARRATOR_STATE_DIR`. Every lookup is here, so the
preferences file and the default lexicon can never point at different folders.
"""

from __future__ import annotations

import os
from pathlib import Path

CONFIG_DIR_VARIABLE = "NARRATOR_CONFIG_DIR"
CACHE_DIR_VARIABLE = "NARRATOR_CACHE_DIR"
STATE_DIR_VARIABLE = "NARRATOR_STATE_DIR"
_APP = "narrator"


def config_dir() -> Path:
    """The folder of the preferences file and the default lexicon."""
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override)
    import platformdirs  # only when needed: `narrator --help` does without it

    return Path(platformdirs.user_config_dir(_APP, appauthor=False))


def cache_dir() -> Path:
    """The chunk cache's folder."""
    override = os.environ.get(CACHE_DIR_VARIABLE)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir(_APP, appauthor=False)) / "chunks"


def state_dir() -> Path:
    """The folder of what narrator remembers between runs (bookmarks)."""
    override = os.environ.get(STATE_DIR_VARIABLE)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_state_dir(_APP, appauthor=False))
