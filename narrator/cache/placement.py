"""Where the file system puts the cache's folders.

ext2, ext3 and ext4 place a new folder's files in the block group of the folder, and a new
folder in its parent's, unless the parent is the top of a hierarchy (the root, or a folder
marked so: `chattr +T`), whose subfolders the Orlov allocator spreads over the groups. A cache
adds a file for every chunk it stores, a few thousand in a long batch, in one group unless its
folders are spread; and ext4 without a journal looks past every inode of that group freed in the
last few minutes (and in the inode blocks written since) before it hands out a new one: after
a few thousand files were deleted, as between the bench's runs, each new file cost 0.15 to 0.7
ms of CPU, 2 to 13% of a 50-article batch's, most of it in the cache's files (see
`spread_below`). Where nothing was deleted lately, spreading changes nothing measurable.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_GET_FLAGS = 0x80086601
"""FS_IOC_GETFLAGS (Linux; the flags are an int, in a buffer as long as a long)."""
_SET_FLAGS = 0x40086602
"""FS_IOC_SETFLAGS."""
_TOP_OF_HIERARCHY = 0x00020000
"""FS_TOPDIR_FL, what `chattr +T` sets: the Orlov allocator spreads the folder's subfolders."""
_FLAGS_SIZE = 8


def spread_below(folder: Path) -> bool:
    """Mark `folder` as the top of a hierarchy where the file system knows the mark (ext2/3/4),
    so that each subfolder made in it afterwards goes to a block group of its own, with its
    files; True when it is marked. Elsewhere, or without the right, nothing changes."""
    if sys.platform != "linux":
        return False
    import fcntl

    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return False
    try:
        flags = bytearray(_FLAGS_SIZE)
        fcntl.ioctl(descriptor, _GET_FLAGS, flags, True)
        value = int.from_bytes(flags[:4], sys.byteorder)
        if not value & _TOP_OF_HIERARCHY:
            marked = (value | _TOP_OF_HIERARCHY).to_bytes(_FLAGS_SIZE, sys.byteorder)
            fcntl.ioctl(descriptor, _SET_FLAGS, marked)
        return True
    except OSError:
        return False
    finally:
        os.close(descriptor)
