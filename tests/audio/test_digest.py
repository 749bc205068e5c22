"""Digests made without OpenSSL (narrator.audio.digest) are hashlib's and uuid's, and a save's
process never loads hashlib for them."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from narrator.audio import digest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("data", [b"", b"narrator", "é — «ß» 中文".encode() * 300])
def test_the_digests_are_hashlibs(data: bytes) -> None:
    assert digest.sha256_hex(data) == hashlib.sha256(data).hexdigest()
    assert len(digest.sha256_hex(data)) == digest.HEX_LENGTH


@pytest.mark.parametrize("name", ["narrator:episode", "https://example.com/feed.xml", "é中"])
def test_the_uuids_are_uuid5s(name: str) -> None:
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, "narrator:episode")
    assert digest.uuid5(uuid.NAMESPACE_URL, name) == uuid.uuid5(uuid.NAMESPACE_URL, name)
    assert digest.uuid5(namespace, name) == uuid.uuid5(namespace, name)


def test_a_save_never_imports_hashlib(tmp_path: Path, seed: Path) -> None:
    """Neither the command's process (which makes every digest) nor the engine workers."""
    script = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('hashlib' in sys.modules, file=sys.stderr))\n"
        "from narrator.cli import run\n"
        "sys.argv = ['narrator', *sys.argv[1:]]\n"
        "run()\n"
    )
    env = {"NARRATOR_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script, "save", str(seed), "-o", str(tmp_path / "out")],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stderr.strip().splitlines()[-1] == "False"
