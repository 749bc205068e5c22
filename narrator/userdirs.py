"""The user's folders for narrator: preferences and lexicon, the chunk cache, the bookmarks.

Each is the platform's usual place (platformdirs), unless an environment variable names it:
`NARRATOR_CONFIG_DIR`, `NARRATOR_CACHE_DIR`, `NARRATOR_STATE_DIR`. Every lookup is here, so the
preferences file and the default lexicon can never point at different folders.

On Linux the usual place is worked out here when platformdirs has nothing to weigh (its XDG
variable absolute or unset, an absolute $HOME), as platformdirs works it out: importing
platformdirs took 5 to 8 ms of CPU, in `save`'s and `speak`'s main process and again in their
planning process (the default lexicon), and both wait for the lookup. Anything else (another
platform, Android, a relative $HOME or XDG variable) is platformdirs' to decide.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

CONFIG_DIR_VARIABLE = "NARRATOR_CONFIG_DIR"
CACHE_DIR_VARIABLE = "NARRATOR_CACHE_DIR"
STATE_DIR_VARIABLE = "NARRATOR_STATE_DIR"
_APP = "narrator"

_XDG = {
    "config": ("XDG_CONFIG_HOME", "~/.config"),
    "cache": ("XDG_CACHE_HOME", "~/.cache"),
    "state": ("XDG_STATE_HOME", "~/.local/state"),
}
"""Each user folder's XDG variable, and the folder it names when unset (the XDG base directory
specification's defaults, which platformdirs follows on Linux)."""


def config_dir() -> Path:
    """The folder of the preferences file and the default lexicon."""
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override)
    return _user_dir("config")


def cache_dir() -> Path:
    """The chunk cache's folder."""
    override = os.environ.get(CACHE_DIR_VARIABLE)
    if override:
        return Path(override)
    return _user_dir("cache") / "chunks"


def state_dir() -> Path:
    """The folder of what narrator remembers between runs (bookmarks)."""
    override = os.environ.get(STATE_DIR_VARIABLE)
    if override:
        return Path(override)
    return _user_dir("state")


def _user_dir(kind: str) -> Path:
    """platformdirs' user folder of `kind` ("config", "cache" or "state") for narrator."""
    found = _plain_linux_dir(kind)
    if found is not None:
        return found
    import platformdirs  # only when needed: `narrator --help` does without it

    if kind == "config":
        return Path(platformdirs.user_config_dir(_APP, appauthor=False))
    if kind == "cache":
        return Path(platformdirs.user_cache_dir(_APP, appauthor=False))
    return Path(platformdirs.user_state_dir(_APP, appauthor=False))


def _plain_linux_dir(kind: str) -> Path | None:
    """The user folder of `kind` on Linux, where platformdirs takes the XDG variable when it is
    an absolute path and `$HOME/<default>` when it is unset or empty; None where platformdirs
    has more to weigh."""
    if sys.platform != "linux" or _android():
        return None
    variable, default = _XDG[kind]
    named = os.environ.get(variable, "")
    if named.startswith("/"):
        return Path(named, _APP)
    if not named and os.environ.get("HOME", "").startswith("/"):
        return Path(os.path.expanduser(default), _APP)
    return None


def _android() -> bool:
    """Whether this may be Android, where platformdirs looks for the app's own folders."""
    return hasattr(sys, "getandroidapilevel") or (
        os.environ.get("ANDROID_DATA") == "/data" and os.environ.get("ANDROID_ROOT") == "/system"
    )
