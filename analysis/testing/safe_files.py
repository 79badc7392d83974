"""Reading and writing in folders that test code can write too: the shadow copy and the run folder.

A test may leave a symlink, a FIFO or a folder where greenfix expects a file, and greenfix runs
outside the sandbox: a path the kernel resolves across such a link would lead anywhere the user
can write. So folders are walked one name at a time from a descriptor with O_NOFOLLOW, files are
written under a temporary name and renamed over whatever is there (a link or a hard link is
replaced, never written through), and only regular files are read, up to a limit.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

FOLDER_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_READ_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
# What opening a link or a file with O_DIRECTORY | O_NOFOLLOW fails with.
_NOT_A_FOLDER = (errno.ELOOP, errno.ENOTDIR)
# What renaming a file over a folder fails with.
_A_FOLDER = (errno.EISDIR, errno.ENOTEMPTY, errno.EEXIST)
_DISCARDED_PREFIX = ".greenfix-discarded-"


def open_folder(top: int, parts: Sequence[str], create: bool = False) -> int:
    """A new descriptor of the folder `parts` below the folder `top`, following no link on the way.

    With `create`, missing folders are made, and a link or file standing where a folder
    belongs (or a folder greenfix may not read) is moved aside first. Without it, such
    a thing raises OSError (ELOOP or ENOTDIR).
    """
    fd = os.dup(top)
    for name in parts:
        try:
            child = _open_child(fd, name, create)
        finally:
            os.close(fd)
        fd = child
    return fd


@contextmanager
def opened(fd: int) -> Iterator[int]:
    """Close a descriptor when the block ends."""
    try:
        yield fd
    finally:
        os.close(fd)


def _open_child(folder: int, name: str, create: bool) -> int:
    try:
        return os.open(name, FOLDER_FLAGS, dir_fd=folder)
    except FileNotFoundError:
        if not create:
            raise
    except OSError as error:
        # A folder a test made unreadable is moved aside too.
        if error.errno not in (*_NOT_A_FOLDER, errno.EACCES) or not create:
            raise
        discard(folder, name)
    os.mkdir(name, 0o777, dir_fd=folder)
    return os.open(name, FOLDER_FLAGS, dir_fd=folder)


def discard(folder: int, name: str) -> None:
    """Remove the entry `name` of `folder`: a file or link is unlinked; a folder is renamed
    to a hidden name beside it (removed with the copy), so no walk into it is needed."""
    try:
        os.unlink(name, dir_fd=folder)
    except (IsADirectoryError, PermissionError):  # unlink(2) of a folder: EISDIR on Linux, EPERM elsewhere
        if not stat.S_ISDIR(os.stat(name, dir_fd=folder, follow_symlinks=False).st_mode):
            raise
        os.rename(name, f"{_DISCARDED_PREFIX}{secrets.token_hex(8)}", src_dir_fd=folder, dst_dir_fd=folder)


def replace_file(folder: int, name: str, data: bytes | BinaryIO, mode: int) -> os.stat_result:
    """Make `name` in `folder` a new regular file holding `data`, whatever stood there; its status."""
    temporary = f".{name}.{secrets.token_hex(6)}.greenfix"
    fd = os.open(temporary, _CREATE_FLAGS, 0o600, dir_fd=folder)
    try:
        with open(fd, "wb", closefd=False) as out:
            if isinstance(data, bytes):
                out.write(data)
            else:
                shutil.copyfileobj(data, out)
        os.fchmod(fd, mode)
        _rename_over(folder, temporary, name)
        # Taken from the descriptor after the rename: what greenfix wrote, even if the name changed since.
        return os.fstat(fd)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary, dir_fd=folder)
        raise
    finally:
        os.close(fd)


def replace_link(folder: int, name: str, target: str) -> os.stat_result:
    """Make `name` in `folder` a symlink to `target`, whatever stood there; its status."""
    temporary = f".{name}.{secrets.token_hex(6)}.greenfix"
    os.symlink(target, temporary, dir_fd=folder)
    try:
        _rename_over(folder, temporary, name)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary, dir_fd=folder)
        raise
    return os.stat(name, dir_fd=folder, follow_symlinks=False)


def _rename_over(folder: int, source: str, target: str) -> None:
    try:
        os.replace(source, target, src_dir_fd=folder, dst_dir_fd=folder)
    except OSError as error:
        if error.errno not in _A_FOLDER:
            raise
        discard(folder, target)
        os.replace(source, target, src_dir_fd=folder, dst_dir_fd=folder)


def open_regular(folder: int, name: str) -> int | None:
    """A descriptor for reading the regular file `name` of `folder`; None for a link, a FIFO,
    a device or a folder (opening never blocks, even on a FIFO)."""
    try:
        fd = os.open(name, _READ_FLAGS, dir_fd=folder)
    except OSError as error:
        if error.errno in _NOT_A_FOLDER or error.errno in (errno.ENOENT, errno.ENXIO):
            return None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    return fd


def remove(path: Path) -> None:
    """Remove whatever is at `path`, if anything (a folder is moved aside, see `discard`)."""
    with opened(os.open(path.parent, FOLDER_FLAGS)) as folder, suppress(FileNotFoundError):
        discard(folder, path.name)


def create_private(path: Path) -> BinaryIO:
    """A new, empty file at `path` for greenfix to write: whatever a test left there (a link,
    a FIFO, a folder) is removed, never written through."""
    remove(path)
    return open(os.open(path, _CREATE_FLAGS, 0o600), "wb")


def read_regular(path: Path, max_bytes: int) -> bytes | None:
    """The last `max_bytes` bytes (all of a smaller file) of the regular file at `path`;
    None when there is none there (nothing, a link, a FIFO, a device, a folder)."""
    with opened(os.open(path.parent, FOLDER_FLAGS)) as folder:
        fd = open_regular(folder, path.name)
    if fd is None:
        return None
    with open(fd, "rb") as file:
        size = os.fstat(fd).st_size
        if size > max_bytes:
            file.seek(size - max_bytes)
        return file.read(max_bytes)
