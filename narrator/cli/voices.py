"""`narrator voices --engine piper`: the installed Piper voices, and how to get more."""

from __future__ import annotations

from pathlib import Path

import click

from narrator.errors import EngineError

MORE_VOICES = (
    "More voices: "
    "python -m piper.download_voices NAME --download-dir DIR, then --voice-dir DIR "
    "(or download into {folder}). Each voice has its own licence: read its MODEL_CARD."
)


def list_piper_voices(voice_dir: Path | None, language: str | None = None) -> None:
    """Print each installed Piper voice (name, language, quality, model file), only those of
    `language` (the best first) when given, then how to get more; an EngineError when piper-tts
    is missing, or no voice speaks `language`."""
    from narrator.synthesis import installed_voices
    from narrator.synthesis.piper_engine import require_piper
    from narrator.synthesis.piper_voices import GET_VOICES, user_voice_folder, voices_for_language

    require_piper()
    if voice_dir is not None and not voice_dir.is_dir():
        raise EngineError(f"the voice folder '{voice_dir}' does not exist; give a folder of voices")
    voices = installed_voices(voice_dir)
    if language is not None:
        voices = voices_for_language(voices, language)
        if not voices:
            raise EngineError(f"no installed Piper voice speaks '{language}'; {GET_VOICES}")
    for voice in voices:
        click.echo(f"{voice.name}\t{voice.language}\t{voice.quality}\t{voice.model}")
    if not voices:
        click.echo("no Piper voice is installed", err=True)
    click.echo(MORE_VOICES.format(folder=user_voice_folder()), err=True)
