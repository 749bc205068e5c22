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
        # A voice asked for is every article's; an engine handed in keeps its own voice.
        self._fixed = config.voice is not None or engine_given
        self._config = config
        self._chosen: dict[str, str | None] = {}

    def voice_for(self, article: Article) -> str | None:
        """The voice id to read `article` with (None: the engine's default voice)."""
        if self._fixed or article.language is None or _is_english(article.language):
            # The engines' default voices are English: no need to list every voice (a tenth
            # of a second with espeak-ng) to find that out.
            return self._config.voice
        if article.language not in self._chosen:
            choose = _choose_piper if self._config.engine == "piper" else _choose
            self._chosen[article.language] = choose(article.language, self._config)
        return self._chosen[article.language]

    def config_for(self, article: Article) -> NarrationConfig:
        """The config with the voice `article` is read with."""
        voice = self.voice_for(article)
        return self._config if voice == self._config.voice else replace(self._config, voice=voice)


def _is_english(language: str) -> bool:
    return language.split("-")[0].lower() == "en"


def _choose(language: str, config: NarrationConfig) -> str | None:
    from narrator.synthesis.voices import language_voice

    choice = language_voice(language)
    if not choice.found:
        _warn(f"no voice for '{language}'; reading with the default voice")
    return choice.voice


def _choose_piper(language: str, config: NarrationConfig) -> str | None:
    """The model path of the installed Piper voice for `language`; None for the engines' own
    voice (see `pipeline.engines.piper_voice`): when it is that voice, or when none speaks it."""
    from narrator.pipeline.engines import piper_voice
    from narrator.synthesis import installed_voices
    from narrator.synthesis.piper_voices import voice_for_language

    default = piper_voice(config)
    chosen = voice_for_language(installed_voices(config.voice_dir), language)
    if chosen is None:
        _warn(f"no Piper voice for '{language}' is installed; reading with {default.name}")
        return None
    return None if chosen.model == default.model else str(chosen.model)


def _warn(message: str) -> None:
    warnings.warn(message, NarratorWarning, stacklevel=4)
