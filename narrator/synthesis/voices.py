"""A voice for a language among the pyttsx3 engine's voices (espeak-ng's, SAPI5's, NSSS's).

espeak-ng lists its voices with languages such as "de", "fr-fr", "pt-br", "en-gb"; SAPI5 and
NSSS give "en_US" or "de-DE". A language is matched on its primary subtag ("de" for "de-AT"),
a region breaking the tie ("pt-br" takes the Brazilian voice); the engine's default voice is
kept whenever it speaks the language already, so English articles sound as they always did.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

VoiceEntry = tuple[str, str, list[str]]
"""A voice as `list_voices` gives it: (id, name, languages)."""


@dataclass(frozen=True)
class VoiceChoice:
    """The voice for a language: `voice` is None for the engine's default voice; `found` is
    False when no voice speaks the language (the default then reads it)."""

    voice: str | None
    found: bool


def tag(code: str) -> str:
    """A language tag compared as narrator compares them: lower case, hyphens ("en_US" ->
    "en-us")."""
    return code.strip().lower().replace("_", "-")


def speaks(entry: VoiceEntry, language: str) -> bool:
    """Whether the voice speaks `language`'s primary language (any region)."""
    wanted = tag(language).split("-")[0]
    return any(tag(code).split("-")[0] == wanted for code in entry[2])


def pick_voice(voices: list[VoiceEntry], default: str | None, language: str) -> VoiceChoice:
    """The voice for `language` among `voices`, the engine's default voice being `default`."""
    wanted = tag(language)
    by_id = {entry[0]: entry for entry in voices}
    if default in by_id and speaks(by_id[default], wanted):
        return VoiceChoice(None, True)
    candidates = voices_for_language(voices, wanted)
    return VoiceChoice(candidates[0][0], True) if candidates else VoiceChoice(None, False)


def language_voice(language: str) -> VoiceChoice:
    """The pyttsx3 engine's voice for `language` (see `pick_voice`)."""
    voices, default = _engine_voices()
    return pick_voice(voices, default, language)


@functools.cache
def _engine_voices() -> tuple[list[VoiceEntry], str | None]:
    from narrator.synthesis.pyttsx3_engine import init_engine

    engine = init_engine()
    voices = [(v.id, v.name, list(v.languages or [])) for v in engine.getProperty("voices")]
    return voices, engine.getProperty("voice")


def voices_for_language(voices: list[VoiceEntry], language: str) -> list[VoiceEntry]:
    """The voices that speak `language` (`narrator voices --language`), the closest first."""
    wanted = tag(language)
    return sorted((entry for entry in voices if speaks(entry, wanted)), key=_closeness(wanted))


def _closeness(wanted: str) -> Callable[[VoiceEntry], int]:
    """How close a voice is to `wanted`, for sorting: its very tag ("pt-br") first, then the
    language's own voice ("de", "fr-fr", not "fr-be"), then the other regions."""
    base = wanted.split("-")[0]

    def rank(entry: VoiceEntry) -> int:
        codes = [tag(code) for code in entry[2]]
        if wanted in codes:
            return 0
        return 1 if base in codes or f"{base}-{base}" in codes else 2

    return rank
