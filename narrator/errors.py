"""One exception hierarchy: every failure a user can cause or fix is a NarratorError."""


class NarratorError(Exception):
    """Something the user can fix; its message says what was wrong and what to do."""


class InputError(NarratorError):
    """The article cannot be read: missing, empty, binary, or of an unknown format."""


class EngineError(NarratorError):
    """The speech engine is missing, misconfigured, or failed to speak."""


class AudioOutputError(NarratorError):
    """Audio could not be played or written: no sound device, an unwritable folder."""


class ConfigError(NarratorError):
    """A NarrationConfig value is out of its range, or not a number."""


class NarratorWarning(UserWarning):
    """Something a user should know that does not stop the narration (no voice for the
    article's language, say); the command line prints it as a one-line warning."""
