"""The voice each article is read with: the one asked for, else the engine's voice for the
article's language, else (with a warning, once per language) the engine's default voice."""

from __future__ import annotations

import warnings
from dataclasses import replace

from narrator.errors import NarratorWarning
from narrator.models import Article, NarrationConfig


class Voices:
    """Chooses, and remembers, the voice of each article's language for one batch."""

    def __init__(self, config: NarrationConfig, engine_given: bool = False) -> None:
        # A voice asked for is every article's; Piper's voice is found for the config's
        # language (see pipeline.engines); an engine handed in keeps its own voice.
        self._fixed = config.voice is not None or config.engine == "piper" or engine_given
        self._config = config
        self._chosen: dict[str, str | None] = {}

    def voice_for(self, article: Article) -> str | None:
        """The voice id to read `article` with (None: the engine's default voice)."""
        if self._fixed or article.language is None:
            return self._config.voice
        if article.language not in self._chosen:
            self._chosen[article.language] = _choose(article.language)
        return self._chosen[article.language]

    def config_for(self, article: Article) -> NarrationConfig:
        """The config with the voice `article` is read with."""
        voice = self.voice_for(article)
        return self._config if voice == self._config.voice else replace(self._config, voice=voice)


def _choose(language: str) -> str | None:
    from narrator.synthesis.voices import language_voice

    choice = language_voice(language)
    if not choice.found:
        warnings.warn(
            f"no voice for '{language}'; reading with the default voice",
            NarratorWarning,
            stacklevel=3,
        )
    return choice.voice
