"""Where a narration is written: its folder's name, and writing it so that it appears whole.

A narration is written into a hidden staging folder beside its final one, named with the
writing process's id; the finished folder is swapped in at the end. A save that is interrupted
leaves the previous folder (or none); one that is killed leaves a staging folder that the next
save into the same output folder removes, since its process is gone.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import functools
import hashlib
import itertools
import json
import os
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from narrator.audio.manifest import MANIFEST_NAME, public_source
from narrator.errors import AudioOutputError
from narrator.models import Article

_MAX_SLUG_CHARS = 60
_RESERVATION = ".reserved-"
"""The prefix of the hidden note, beside a narration's folder, that reserves its name for the
save that will write it: the article's id, then the process's id (so that the note of a save
that was killed can be taken back)."""

_RESERVED_HERE: dict[Path, tuple[str, int]] = {}
"""The notes this process has written and not removed yet (see `release_all`), with what
each says: the article's id and this process's."""


def slugify(title: str) -> str:
    """A folder name from a title: lower-case ASCII words joined by hyphens, at most 60 chars.
    Other scripts are transliterated (anyascii), each Chinese character a word of its own."""
    ascii_title = "".join(_transliterated(character) for character in title)
    words = re.sub(r"['\u2019]", "", ascii_title.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", words).strip("-")
    if len(slug) > _MAX_SLUG_CHARS:
        slug = slug[:_MAX_SLUG_CHARS].rsplit("-", 1)[0]
    return slug or "article"


def _transliterated(character: str) -> str:
    if character.isascii():
        return character
    # Imported for a title that needs it: with importlib.resources, 5 ms of every save.
    from anyascii import anyascii

    said = anyascii(character)
    return f" {said} " if unicodedata.name(character, "").startswith("CJK") else said


def whole_name(folder: Path, extension: str) -> str:
    """The whole narration's file name: the folder's, unless that is all digits and could be a
    chunk file's ("007"): then `narration-007`."""
    stem = f"narration-{folder.name}" if folder.name.isdigit() else folder.name
    return f"{stem}.{extension}"


def source_id(article: Article) -> str:
    """What tells two articles apart without telling where they are: a URL (without a password),
    a digest of a file's absolute path, or of the text of an article read from stdin."""
    source = article.source
    if "://" in source:
        return public_source(source)
    if source in ("", "-"):
        content = json.dumps(dataclasses.asdict(article), sort_keys=True, default=str)
        return f"text:{_digest(content)}"
    return f"file:{_digest(str(Path(source).resolve()))}"


def _upgraded_id(recorded: str) -> str:
    """A source id as an older manifest recorded it (an absolute path) in today's form."""
    if recorded.startswith(("file:", "text:")) or "://" in recorded or recorded in ("", "-"):
        return recorded
    return f"file:{_digest(recorded)}"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def narration_folder(output_root: Path, article: Article, reserve: bool = False) -> Path:
    """`output_root/<slug>`, or `<slug>-2`, `-3`… when that folder holds another source's
    narration (or is not a narration folder at all), so two articles with one title both stay.
    With `reserve`, a new folder's name is reserved at once, by a hidden note beside it, so that
    two saves running side by side never pick the same one (`release` removes the note once the
    folder is written, or the save failed). A `<slug>` that is a link to a folder is followed."""
    slug = slugify(article.title)
    wanted = source_id(article)
    # The output folder's names, read at once: a batch of articles with one title checks
    # every folder of that title for each article, and a name not there needs no look.
    names = _names(output_root)
    for number in itertools.count(1):
        name = slug if number == 1 else f"{slug}-{number}"
        if names is not None and name in names and not names[name]:
            # A folder (or file) with no note beside it: its manifest says whose it is.
            source = None if _RESERVATION + name in names else _narration_source(output_root, name)
            if source is not None:
                if source == wanted:
                    return output_root / name
                continue
        folder = _folder_to_use(output_root / name, names, reserve, wanted)
        if folder is not None:
            return folder
    raise AssertionError("unreachable")  # pragma: no cover


def _folder_to_use(
    folder: Path, names: dict[str, bool] | None, reserve: bool, wanted: str
) -> Path | None:
    """`folder` (where it leads, when it is a link to a folder) if it is free for, or holds,
    the narration of `wanted`, else None; `names`: its parent's (see `_names`)."""
    name = folder.name
    if (folder.is_symlink() if names is None else names.get(name, False)) and folder.is_dir():
        folder, names = folder.resolve(), None
    noted = names is None or _RESERVATION + name in names
    reserved = _standing_reservation(folder, noted)
    if reserved is not None:
        return folder if reserved[0] == wanted else None
    exists = os.path.lexists(folder) if names is None else name in names
    source = _narration_source(folder.parent, folder.name) if exists else None
    free = not exists or (source is None and _empty_folder(folder))
    if (free and (not reserve or _reserve(folder, wanted))) or source == wanted:
        return folder
    return None


def _names(folder: Path) -> dict[str, bool] | None:
    """The names in `folder`, each with whether it is a symbolic link; None when it cannot be
    read (or is not there)."""
    try:
        with os.scandir(folder) as entries:
            return {entry.name: entry.is_symlink() for entry in entries}
    except OSError:
        return None


def _empty_folder(folder: Path) -> bool:
    try:
        return folder.is_dir() and next(os.scandir(folder), None) is None
    except OSError:
        return False


def _note(folder: Path) -> Path:
    return folder.with_name(f"{_RESERVATION}{folder.name}")


def _reserve(folder: Path, wanted: str) -> bool:
    """Reserve `folder`'s name for `wanted` by creating its note, which only one save can;
    False when another save did first. Where no note can be written, the writer reports why."""
    with contextlib.suppress(OSError):
        folder.parent.mkdir(parents=True, exist_ok=True)
    note_path = _note(folder)
    # Recorded before the note is made: Ctrl-C right after making it must not leave it behind.
    _RESERVED_HERE[note_path] = (wanted, os.getpid())
    try:
        with open(note_path, "x", encoding="utf-8") as note:
            note.write(f"{wanted}\n{os.getpid()}\n")
    except FileExistsError:
        _RESERVED_HERE.pop(note_path, None)
        reserved = _reservation(folder)
        return reserved is not None and reserved[0] == wanted
    except OSError:
        _RESERVED_HERE.pop(note_path, None)
        return True
    return True


def release(folder: Path) -> None:
    """Remove this process's reservation of `folder`'s name (written, or its save failed)."""
    note_path = _note(folder)
    reserved = _reservation(folder)
    # A note this process made but could not read was cut short (Ctrl-C as it was written).
    made_here = reserved is None and note_path in _RESERVED_HERE
    if made_here or (reserved is not None and reserved[1] == os.getpid()):
        note_path.unlink(missing_ok=True)
    _RESERVED_HERE.pop(note_path, None)


def release_all() -> None:
    """Remove every reservation this process still holds: a batch that stopped (Ctrl-C, an
    error) between reserving a folder and writing it leaves no note behind."""
    for note_path in list(_RESERVED_HERE):
        release(note_path.with_name(note_path.name.removeprefix(_RESERVATION)))


def _narration_source(parent: Path, name: str) -> str | None:
    """The source of the narration in the folder `name` of `parent`, if it holds one."""
    manifest_path = os.path.join(parent, name, MANIFEST_NAME)
    try:
        status = os.stat(manifest_path)
    except OSError:
        return None
    return _manifest_source(manifest_path, status.st_mtime_ns, status.st_size)


def _reservation(folder: Path) -> tuple[str, int] | None:
    """The article a folder's name is reserved for, and the reserving process's id."""
    try:
        wanted, pid = _note(folder).read_text(encoding="utf-8").split("\n")[:2]
        return wanted, int(pid)
    except (OSError, ValueError):
        return None


def _standing_reservation(folder: Path, noted: bool = True) -> tuple[str, int] | None:
    """`_reservation`, but a note left by a save that was killed (its process is gone) is
    removed and counts as none. A note this process made is known without reading it: a batch
    of articles with one title checks every folder of that title for each article. `noted`:
    False when a listing of the folder's parent just now held no note."""
    note_path = _note(folder)
    made_here = _RESERVED_HERE.get(note_path)
    if made_here is not None:
        return made_here
    if not noted:
        return None
    reserved = _reservation(folder)
    if reserved is not None and not _process_alive(reserved[1]):
        note_path.unlink(missing_ok=True)
        return None
    return reserved


@functools.lru_cache(maxsize=1024)
def _manifest_source(path: str, mtime_ns: int, size: int) -> str | None:
    """The source recorded in a manifest, read once per version of the file: a batch of
    articles with one title checks every folder of that title for each article. Only its two
    keys are read, not the whole typed manifest (a long narration's has hundreds of chunks),
    so one that cannot be read whole (a key is missing, say) still names its source: its
    folder is then remade, not left beside a new one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    recorded = data.get("source_id") or data.get("source") if isinstance(data, dict) else None
    return _upgraded_id(recorded) if isinstance(recorded, str) and recorded else None


def check_folder(folder: Path) -> None:
    """Refuse to replace a file with a narration folder (a file above it fails at mkdir)."""
    if os.path.lexists(folder) and not folder.is_dir():
        raise AudioOutputError(
            f"cannot write to '{folder}': it is a file; choose another folder with -o"
        )


def write_error(folder: Path, error: OSError) -> AudioOutputError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return AudioOutputError(
            f"the disk is full: cannot write the narration to '{folder}'; nothing was saved; "
            "free some space or choose another folder with -o"
        )
    return AudioOutputError(
        f"cannot write the narration to '{folder}' ({error.strerror}); nothing was saved; "
        "choose another folder with -o"
    )


_STAGING = ".{slug}.{pid}."


def _own_staging_prefix(folder: Path) -> str:
    """How the names of this process's staging folders for `folder` begin."""
    return _STAGING.format(slug=folder.name, pid=os.getpid())


def staging_folder(folder: Path) -> Path:
    """A hidden folder beside `folder`, named with this process's id so that a later run can
    tell it was abandoned (the process was killed) and remove it."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        prefix = _own_staging_prefix(folder)
        staging = Path(tempfile.mkdtemp(prefix=prefix, suffix=".tmp", dir=folder.parent))
    except OSError as error:
        raise AudioOutputError(
            f"cannot write to '{folder.parent}' ({error.strerror}); choose another folder with -o"
        ) from None
    staging.chmod(0o755)
    return staging


def remove_own_staging(folder: Path) -> None:
    """Remove the staging folders this process made beside `folder`: found by their names, for
    a save stopped just as it made one, before it held its path."""
    prefix = _own_staging_prefix(folder)
    with contextlib.suppress(OSError):
        for candidate in folder.parent.iterdir():
            if candidate.name.startswith(prefix) and candidate.name.endswith(".tmp"):
                shutil.rmtree(candidate, ignore_errors=True)


_STALE_AFTER_S = 3600
"""A staging folder untouched this long is abandoned even if its process id is in use again:
a running save adds a file to it every few seconds."""


def remove_abandoned_staging(folder: Path) -> list[Path]:
    """Remove the staging folders beside `folder` (any article's) left by saves whose process
    is gone (killed, or hung up), or untouched for an hour; returns them. Those of a save still
    running are left alone."""
    pattern = re.compile(r"^\..+\.(\d+)\..*\.tmp$")
    removed: list[Path] = []
    if not folder.parent.is_dir():
        return removed
    for candidate in folder.parent.iterdir():
        match = pattern.match(candidate.name)
        if match and candidate.is_dir() and _abandoned(candidate, int(match[1])):
            shutil.rmtree(candidate, ignore_errors=True)
            removed.append(candidate)
        elif candidate.name.startswith(_RESERVATION):
            _standing_reservation(candidate.with_name(candidate.name[len(_RESERVATION) :]))
    return removed


def _abandoned(staging: Path, pid: int) -> bool:
    if not _process_alive(pid):
        return True
    try:
        return pid != os.getpid() and time.time() - staging.stat().st_mtime > _STALE_AFTER_S
    except OSError:
        return False


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def move_into_place(staging: Path, folder: Path) -> None:
    """Swap the finished staging folder in for `folder`: in one atomic step where the system
    can exchange two names (Linux renameat2), else keeping the old folder until the rename."""
    if not os.path.lexists(folder):
        staging.rename(folder)
        return
    if _exchange(staging, folder):
        shutil.rmtree(staging)
    else:
        old = staging.with_name(f"{staging.name}.old.tmp")
        folder.rename(old)
        staging.rename(folder)
        shutil.rmtree(old, ignore_errors=True)
    _checked_after_removal(folder)


def _checked_after_removal(folder: Path) -> None:
    """Date the manifest of `folder` after the old folder's removal. Its chunk files were
    checked before the manifest was written, and a chunk file no one touched since is not read
    through its checksum again (`narrator.audio.freshness.changed_since`); but the old folder
    held names of the same files (an edit links its unchanged chunks from the narration it
    replaces), and dropping a name moves a file's change time past the manifest's: the next
    re-render read every chunk of the narration again (114 MB for 43 minutes)."""
    with contextlib.suppress(OSError):
        now = time.time_ns()  # the fine clock: change times come from a coarser one, behind it
        os.utime(folder / MANIFEST_NAME, ns=(now, now))


def _exchange(first: Path, second: Path) -> bool:
    """Atomically swap two paths' names; False where the system or file system cannot."""
    if sys.platform != "linux":
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_cwd, rename_exchange = -100, 2
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    renameat2.argtypes.append(ctypes.c_uint)
    if renameat2(at_cwd, os.fsencode(first), at_cwd, os.fsencode(second), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))
