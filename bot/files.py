"""Reading a file named in a setting, which may turn out to be something else.

A path can name a folder, a named pipe (opening it for reading waits for a writer, forever) or a
device such as ``/dev/zero`` (size 0, endless content), directly or through a symlink. Here the
file is opened without blocking, checked to be a regular file, and read only up to a limit, so a
wrong path costs a clear message rather than a hang or all the memory.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotRegularFileError(OSError):
    """The path names something that is not a regular file; ``kind`` says what, in words."""

    def __init__(self, path: Path, mode: int) -> None:
        self.kind = file_kind(mode)
        self.is_folder = stat.S_ISDIR(mode)
        super().__init__(f"{path} is {self.kind}, not a regular file")


def read_regular_file(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes from the start of ``path``, which must be a regular file (symlinks
    are followed). Raises NotRegularFileError, or the OSError that opening or reading raised."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(path, mode)
        file = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with file:
        return file.read(limit)


def file_kind(mode: int) -> str:
    """What a file is, in words ("a folder", "a named pipe"...), from its ``st_mode``."""
    if stat.S_ISREG(mode):
        return "a regular file"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"
