"""Piper's voices: where they are installed, how one is found by name, path or language, and
the digest of a voice model that the chunk cache keys speech by.

A Piper voice is a pair of files, `NAME.onnx` (the model) and `NAME.onnx.json` (its settings,
with `language.code` and `audio.quality`), named `LANG_REGION-DATASET-QUALITY`, as in
`en_US-joe-medium`. Nothing is downloaded here: voices come from `--voice-dir`, the current
folder, Piper's usual data folders, and Python packages that bundle one (`*_piper_voice`).
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from pathlib import Path

from narrator import userdirs
from narrator.errors import EngineError

GET_VOICES = (
    "get one with Piper's downloader, e.g. 'python -m piper.download_voices en_US-lessac-medium "
    "--download-dir DIR' (then --voice-dir DIR), or see 'narrator voices --engine piper'"
)
"""How to get a voice, for messages."""
_DATA_FOLDERS = ("piper", "piper-voices")
"""The names of Piper's data folders under the user's and the system's data folders."""
_VOICE_PACKAGE_SUFFIX = "_piper_voice"
_DIGESTS_FILE = "piper-voice-digests.json"


@dataclass(frozen=True)
class VoiceFile:
    """An installed Piper voice: its model, its settings file, its language and quality."""

    name: str
    """The model's file name without `.onnx`, e.g. "en_US-joe-medium"."""
    model: Path
    settings: Path
    language: str
    """The voice's language code as its settings give it, e.g. "en_US"."""
    quality: str
    """"x_low", "low", "medium" or "high"."""

    @property
    def family(self) -> str:
        """The language without its region, lower-case: "en"."""
        return self.language.replace("-", "_").split("_")[0].lower()


def voice_folders(extra: Path | None = None) -> list[Path]:
    """Where voices are looked for, in order: `extra` (--voice-dir), the current folder, the
    user's and the system's Piper data folders, then packages that bundle a voice."""
    import platformdirs

    folders = [extra] if extra is not None else []
    folders.append(Path.cwd())
    for name in _DATA_FOLDERS:
        folders.append(Path(platformdirs.user_data_dir(name, appauthor=False)))
    for name in _DATA_FOLDERS:
        folders.append(Path(platformdirs.site_data_dir(name, appauthor=False)))
    return folders + _packaged_voice_folders()


def user_voice_folder() -> Path:
    """The user's own folder of Piper voices (Piper's usual one)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(_DATA_FOLDERS[0], appauthor=False))


def _packaged_voice_folders() -> list[Path]:
    """The `data` folders of installed packages named `*_piper_voice` (one listing of each
    import folder: pkgutil's walk of every module costs a second on a busy machine)."""
    import sys

    found: list[Path] = []
    for entry in sys.path:
        try:
            found.extend(
                path / "data" for path in Path(entry or ".").glob(f"*{_VOICE_PACKAGE_SUFFIX}")
            )
        except OSError:
            continue
    return [folder for folder in found if folder.is_dir()]


def installed_voices(extra: Path | None = None) -> list[VoiceFile]:
    """Every voice in `voice_folders(extra)`, sorted by name; where two folders hold a voice of
    the same name, the first folder's."""
    voices: dict[str, VoiceFile] = {}
    for folder in voice_folders(extra):
        for model in sorted(_models_in(folder, deep=folder == extra)):
            voice = _voice_file(model)
            if voice is not None:
                voices.setdefault(voice.name, voice)
    return sorted(voices.values(), key=lambda voice: voice.name)


def _models_in(folder: Path, deep: bool = False) -> list[Path]:
    """The `.onnx` files of `folder` (Piper's downloader puts them there, side by side), and
    of its subfolders when `deep` (a copy of Piper's voice repository nests them by language;
    only the folder given is searched so: the current one may be a home folder); none when it
    cannot be read."""
    try:
        found = folder.rglob("*.onnx") if deep else folder.glob("*.onnx")
        return [path for path in found if path.is_file()]
    except OSError:
        return []


def _voice_file(model: Path) -> VoiceFile | None:
    """The voice of a model file, None when its settings file is missing or unreadable."""
    settings = Path(f"{model}.json")
    try:
        data = json.loads(settings.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    name = model.name.removesuffix(".onnx")
    language = data.get("language", {}).get("code") or data.get("espeak", {}).get("voice", "")
    quality = data.get("audio", {}).get("quality") or "unknown"
    return VoiceFile(name, model, settings, str(language or name.split("-")[0]), str(quality))


def find_voice(
    voice: str | None, extra: Path | None = None, language: str | None = None
) -> VoiceFile:
    """The voice `voice` names (a name, or a path to an `.onnx` file); without one, a voice for
    `language` (then English, then any installed voice). An EngineError says what to do when
    there is none."""
    if extra is not None and not extra.is_dir():
        raise EngineError(f"the voice folder '{extra}' does not exist; give a folder of voices")
    if voice is not None and (voice.endswith(".onnx") or os.sep in voice):
        return _voice_at(Path(voice).expanduser())
    if voice is not None:
        named = _named_voice(voice, extra)
        if named is not None:
            return named
    voices = installed_voices(extra)
    if voice is not None:
        raise EngineError(f"no Piper voice '{voice}' is installed; {_listing_hint(voices)}")
    chosen = voice_for_language(voices, language or "en") or voice_for_language(voices, "en")
    if chosen is None and voices:
        chosen = voices[0]
    if chosen is None:
        raise EngineError(f"no Piper voice is installed; {GET_VOICES}")
    return chosen


def _named_voice(name: str, extra: Path | None) -> VoiceFile | None:
    """The first voice called `name` in the voice folders, looked up without listing them."""
    for folder in voice_folders(extra):
        model = folder / f"{name}.onnx"
        if folder == extra and not model.is_file():
            model = next(folder.rglob(model.name), model)
        if model.is_file():
            voice = _voice_file(model)
            if voice is not None:
                return voice
    return None


def _voice_at(model: Path) -> VoiceFile:
    if not model.is_file():
        raise EngineError(f"the voice model '{model}' does not exist; give a path to an .onnx file")
    voice = _voice_file(model)
    if voice is None:
        raise EngineError(
            f"the voice model '{model}' has no readable settings file '{model}.json' beside it; "
            "download both files of the voice"
        )
    return voice


def _listing_hint(voices: list[VoiceFile]) -> str:
    if not voices:
        return f"none is installed: {GET_VOICES}"
    names = ", ".join(voice.name for voice in voices[:5])
    return f"installed: {names} (see 'narrator voices --engine piper')"


def voice_for_language(voices: list[VoiceFile], language: str) -> VoiceFile | None:
    """The best voice for a language code ("en", "en-us", "pt_BR"): one of the same region if
    there is, else of the same language; of those, the best quality."""
    ranked = voices_for_language(voices, language)
    return ranked[0] if ranked else None


def voices_for_language(voices: list[VoiceFile], language: str) -> list[VoiceFile]:
    """The voices that speak a language code ("en", "en-us", "pt_BR"), the best first: those
    of its region (a BCP-47 script or variant is ignored), then by quality (medium first)."""
    parts = language.replace("-", "_").lower().split("_")
    family = parts[0]
    # "zh-Hant-TW": the region is the first two-letter or three-digit part after the language.
    region = next((part for part in parts[1:] if len(part) == 2 or part.isdigit()), None)
    same_family = sorted(
        (voice for voice in voices if voice.family == family), key=lambda voice: voice.name
    )

    def rank(voice: VoiceFile) -> tuple[bool, int]:
        code = voice.language.replace("-", "_").lower()
        return region is not None and code == f"{family}_{region}", _quality_rank(voice)[0]

    return sorted(same_family, key=rank, reverse=True)  # stable: names stay in order


def _quality_rank(voice: VoiceFile) -> tuple[int, str]:
    # "medium" first: "high" is slower than real time on a small machine for little gain.
    order = {"medium": 3, "high": 2, "low": 1, "x_low": 0}
    return order.get(voice.quality, -1), voice.name


def model_digest(model: Path) -> str:
    """The SHA-256 of a voice model, remembered by path, modification time and size: hashing
    60 MB costs a tenth of a second, every run."""
    status = model.stat()
    return _digest(str(model.resolve()), status.st_mtime_ns, status.st_size)


@functools.cache
def _digest(path: str, mtime_ns: int, size: int) -> str:
    memo = userdirs.cache_dir() / _DIGESTS_FILE
    stamp = f"{mtime_ns}:{size}"
    known = _read_digests(memo)
    entry = known.get(path)
    if isinstance(entry, list) and len(entry) == 2 and entry[0] == stamp:
        return str(entry[1])
    import hashlib  # here: OpenSSL's loading would delay speak's start of a voice's load

    with open(path, "rb") as model:
        digest = hashlib.file_digest(model, "sha256").hexdigest()
    known[path] = [stamp, digest]
    _write_digests(memo, known)
    return digest


def _read_digests(memo: Path) -> dict[str, object]:
    try:
        data = json.loads(memo.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_digests(memo: Path, known: dict[str, object]) -> None:
    """Keep the digests for the next run; a folder that cannot be written only costs time."""
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        temporary = memo.with_name(f"{memo.name}.{os.getpid()}")
        temporary.write_text(json.dumps(known), encoding="utf-8")
        temporary.replace(memo)
    except OSError:
        pass
