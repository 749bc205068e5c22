"""Where a narration is written: its folder's name, and writing it so that it appears whole.

A narration is written into a hidden staging folder beside its final one, named with the
writing process's id; the finished folder is swapped in at the end. A save that is interrupted
leaves the previous folder (or none); one that is killed leaves a staging folder that the next
save of the same article removes, since its process is gone.
"""

from __future__ import annotations

import errno
import functools
import itertools
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

from narrator.audio.manifest import MANIFEST_NAME, read_manifest
from narrator.errors import AudioOutputError
from narrator.models import Article

_MAX_SLUG_CHARS = 60


def slugify(title: str) -> str:
    """A folder name from a title: lower-case ASCII words joined by hyphens, at most 60 chars."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.sub(r"['\u2019]", "", ascii_title.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", words).strip("-")
    if len(slug) > _MAX_SLUG_CHARS:
        slug = slug[:_MAX_SLUG_CHARS].rsplit("-", 1)[0]
    return slug or "article"


def source_id(source: str) -> str:
    """What tells two articles apart: the absolute path of a file, else the source as given."""
    if source in ("", "-") or "://" in source:
        return source
    return str(Path(source).resolve())


def narration_folder(output_root: Path, article: Article) -> Path:
    """`output_root/<slug>`, or `<slug>-2`, `-3`… when that folder holds another source's
    narration (or is not a narration folder at all), so two articles with one title both stay."""
    slug = slugify(article.title)
    wanted = source_id(article.source)
    for number in itertools.count(1):
        folder = output_root / (slug if number == 1 else f"{slug}-{number}")
        if not os.path.lexists(folder) or _narration_source(folder) == wanted:
            return folder
    raise AssertionError("unreachable")  # pragma: no cover


def _narration_source(folder: Path) -> str | None:
    manifest_path = folder / MANIFEST_NAME
    try:
        status = manifest_path.stat()
    except OSError:
        return None
    return _manifest_source(str(manifest_path), status.st_mtime_ns, status.st_size)


@functools.lru_cache(maxsize=1024)
def _manifest_source(path: str, mtime_ns: int, size: int) -> str | None:
    """The source recorded in a manifest, read once per version of the file: a batch of
    articles with one title checks every folder of that title for each article."""
    manifest = read_manifest(Path(path).parent)
    if manifest is None:
        return None
    return manifest.source_id or source_id(manifest.source)


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


def staging_folder(folder: Path) -> Path:
    """A hidden folder beside `folder`, named with this process's id so that a later run can
    tell it was abandoned (the process was killed) and remove it."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        prefix = _STAGING.format(slug=folder.name, pid=os.getpid())
        staging = Path(tempfile.mkdtemp(prefix=prefix, suffix=".tmp", dir=folder.parent))
    except OSError as error:
        raise AudioOutputError(
            f"cannot write to '{folder.parent}' ({error.strerror}); choose another folder with -o"
        ) from None
    staging.chmod(0o755)
    return staging


def remove_abandoned_staging(folder: Path) -> list[Path]:
    """Remove the staging folders of `folder` left by saves whose process is gone (killed);
    returns them. Those of a save still running are left alone."""
    pattern = re.compile(rf"^\.{re.escape(folder.name)}\.(\d+)\..*\.tmp$")
    removed: list[Path] = []
    if not folder.parent.is_dir():
        return removed
    for candidate in folder.parent.iterdir():
        match = pattern.match(candidate.name)
        if match and candidate.is_dir() and not _process_alive(int(match[1])):
            shutil.rmtree(candidate, ignore_errors=True)
            removed.append(candidate)
    return removed


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
    elif _exchange(staging, folder):
        shutil.rmtree(staging)
    else:
        old = staging.with_name(f"{staging.name}.old.tmp")
        folder.rename(old)
        staging.rename(folder)
        shutil.rmtree(old, ignore_errors=True)


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
