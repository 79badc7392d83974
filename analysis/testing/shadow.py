"""A private copy of the project where candidates are written and tests run.

The user's tree is only ever read: every write goes to the copy. Tests run in the copy and may
change it (put a symlink to any file where `mod.py` was), while greenfix writes to it from outside
the sandbox. So every path in the copy is walked from the copy's own descriptor, one name at a
time, following no link (safe_files.py), and after each test run what the run changed is put
back (`undo_tampering`) before anything else is written or read.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import stat
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Callable, TypeVar

from greenfix.analysis.testing.folders import owned_folder
from greenfix.analysis.testing.safe_files import (
    FOLDER_FLAGS,
    discard,
    open_folder,
    open_regular,
    opened,
    replace_file,
    replace_link,
)

SHADOW_PREFIX = "greenfix-shadow-"
# Folders that are caches, history or installed environments, never needed to run the tests.
# What tests import (code and its configuration) is always copied. Other files, such
# as test data, are copied within a budget, so that a huge workspace is not copied whole.
CODE_SUFFIXES = frozenset({".py", ".pyi", ".pth", ".toml", ".cfg", ".ini", ".txt"})
MAX_DATA_FILES = 5_000
MAX_DATA_BYTES = 64 * 1024 * 1024
MAX_FILE_BYTES = 8 * 1024 * 1024
# Folders deeper than this in the copy are not looked into for what a run changed.
MAX_DEPTH = 64

log = logging.getLogger(__name__)

SKIPPED_DIRS = frozenset(
    {".git", ".hg", ".svn", "node_modules", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox", ".nox"}
)

# (mtime_ns, size) of a project file (or link) when it was last copied.
_Stamp = tuple[int, int]


T = TypeVar("T")


def _locked(method: Callable[..., T]) -> Callable[..., T]:
    @wraps(method)
    def locked(self: ShadowWorkspace, *args: object, **kwargs: object) -> T:
        with self._lock:
            return method(self, *args, **kwargs)

    return locked


@dataclass(frozen=True)
class _Placed:
    """A file or link greenfix put in the copy. Any change to it, or its replacement by
    something else, changes its inode or its ctime, which no test can set back."""

    inode: int
    ctime_ns: int
    kind: int  # stat.S_IFREG or stat.S_IFLNK
    mode: int

    @classmethod
    def of(cls, status: os.stat_result) -> _Placed:
        return cls(status.st_ino, status.st_ctime_ns, stat.S_IFMT(status.st_mode), stat.S_IMODE(status.st_mode))

    def is_unchanged(self, status: os.stat_result | None) -> bool:
        return status is not None and _Placed.of(status) == self


class ShadowWorkspace:
    def __init__(self, project_root: Path, root: Path) -> None:
        self.project_root = project_root
        self.root = root
        # Every path in the copy is walked from this descriptor, so nothing put in the place
        # of `root` or of a folder below it is ever followed.
        self._fd: int | None = os.open(root, FOLDER_FLAGS)
        # Runners side by side share the copy: one change or scan at a time (a folder
        # descriptor's listing position is shared by every thread that reads it).
        self._lock = threading.RLock()
        self._copied: dict[str, _Stamp] = {}
        self._placed: dict[str, _Placed] = {}
        self._written: dict[str, bytes] = {}  # texts put over the project's (candidates, buffers)
        self._noted_links: set[str] = set()
        self.left_out = 0  # data files beyond the copy budget at the last sync

    @classmethod
    def create(cls, project_root: Path) -> ShadowWorkspace:
        """Copy the project into a fresh temporary folder."""
        project_root = Path(project_root).resolve()
        if not project_root.is_dir():
            raise NotADirectoryError(f"project root is not a directory: {project_root}")
        # The owner's pid in the name lets a later greenfix remove copies a crash left.
        shadow = cls(project_root, owned_folder(SHADOW_PREFIX))
        try:
            shadow.sync()
        except BaseException:
            shadow.cleanup()
            raise
        return shadow

    @_locked
    def sync(self, paths: Iterable[Path] | None = None) -> list[str]:
        """Copy project files that changed since the last copy (or exactly `paths`); drop deleted ones.

        Returns the relative paths that were copied or removed.
        """
        self.undo_tampering()
        if paths is not None:
            relpaths = [self.relpath(path) for path in paths]
            for relpath in relpaths:
                self.restore(relpath)
            return relpaths
        current = self._within_budget(dict(self._project_files()))
        changed = [relpath for relpath, stamp in current.items() if self._copied.get(relpath) != stamp]
        for relpath in changed:
            self._copy(relpath)
        removed = [relpath for relpath in self._copied if relpath not in current]
        for relpath in removed:
            self._remove(relpath)
        return changed + removed

    def files(self) -> list[str]:
        """The project files the copy holds (relative paths), as chosen at the last sync."""
        return sorted(self._copied)

    @_locked
    def write(self, relpath: str, text: str) -> Path:
        """Put a candidate's text at `relpath` in the shadow (never in the project)."""
        relpath = self.relpath(Path(relpath))
        # An editor buffer may hold a lone surrogate (JSON can carry "\udc00"): it is written
        # as the invalid bytes it is, so the tests report the file instead of greenfix failing.
        data = text.encode("utf-8", "surrogatepass")
        placed = self._placed.get(relpath)
        self._put_file(relpath, data, placed.mode if placed and placed.kind == stat.S_IFREG else 0o644)
        self._written[relpath] = data
        return self.root / relpath

    @_locked
    def restore(self, relpath: str | Path) -> None:
        """Put the project's version of `relpath` back (or remove it if the project has none)."""
        self._copy(self.relpath(Path(relpath)))

    @_locked
    def undo_tampering(self) -> list[str]:
        """Put back what a test run changed in the copy: files and links greenfix placed that are
        gone, changed or replaced (by a link, a folder...), and remove links, FIFOs, sockets and
        devices it did not place. Files and folders a test added are left. Returns the paths."""
        found = self._scan()
        strays = [
            path for path, status in found.items()
            if path not in self._placed and not (stat.S_ISDIR(status.st_mode) or stat.S_ISREG(status.st_mode))
        ]
        for path in strays:
            self._discard(path)
        changed = [path for path, placed in self._placed.items() if not placed.is_unchanged(found.get(path))]
        for path in changed:
            if path in self._written:
                self._put_file(path, self._written[path], self._placed[path].mode)
            else:
                self._copy(path)
        if strays or changed:
            log.warning(
                "a test run changed the shadow copy of %s: put back %s; removed %s",
                self.project_root, ", ".join(changed) or "nothing", ", ".join(strays) or "nothing",
            )
        return sorted({*strays, *changed})

    @_locked
    def cleanup(self) -> None:
        if self._fd is None:
            return
        try:
            ours = os.path.samestat(os.lstat(self.root), os.fstat(self._fd))
        except OSError:
            ours = False
        # rmtree itself never follows a link inside; this keeps it off whatever replaced the root.
        if ours:
            shutil.rmtree(self.root, ignore_errors=True)
        else:
            log.warning("the shadow copy %s was moved or replaced; it is not removed", self.root)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> ShadowWorkspace:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.cleanup()

    def relpath(self, path: Path) -> str:
        """`path` (absolute in the project or shadow, or relative) as a project-relative path.

        Refuses paths that would leave the project, so a bad request writes nothing.
        """
        for base in (self.project_root, self.root):
            if path.is_absolute() and path.is_relative_to(base):
                path = path.relative_to(base)
                break
        if path.is_absolute() or ".." in path.parts or not path.parts:
            raise ValueError(f"not a path inside the project: {path}")
        return path.as_posix()

    # -- the copy, walked from its descriptor ---------------------------------------------

    @property
    def _root_fd(self) -> int:
        if self._fd is None:
            raise RuntimeError(f"the shadow copy {self.root} was removed")
        return self._fd

    def _copy(self, relpath: str) -> None:
        """Put the project's `relpath` in the copy (a link to a regular file as a link), or
        remove it from the copy when the project has neither there."""
        found = self._project_entry(relpath)
        if found is None:
            self._remove(relpath)
            return
        status, source = found
        if source is None:
            self._put_link(relpath, self._link_target(relpath))
        else:
            with open(source, "rb") as data:
                self._put_file(relpath, data, stat.S_IMODE(status.st_mode))
        self._copied[relpath] = (status.st_mtime_ns, status.st_size)
        self._written.pop(relpath, None)

    def _project_entry(self, relpath: str) -> tuple[os.stat_result, int | None] | None:
        """The project's `relpath`, reached following no link: its status and a descriptor to
        read it (None for a link to a regular file); None when it is neither."""
        *folders, name = relpath.split("/")
        try:
            with opened(os.open(self.project_root, FOLDER_FLAGS)) as top, opened(open_folder(top, folders)) as folder:
                status = os.stat(name, dir_fd=folder, follow_symlinks=False)
                if stat.S_ISLNK(status.st_mode):
                    return (status, None) if _ends_at_a_file(self.project_root / relpath) else None
                source = open_regular(folder, name)
        except OSError as error:
            if error.errno in (errno.ENOENT, errno.ENOTDIR, errno.ELOOP):
                return None
            raise
        return None if source is None else (os.fstat(source), source)

    def _link_target(self, relpath: str) -> str:
        """Where the copy of a project link points: to the same file in the copy when it is
        inside the project; else where it pointed (that file is not copied, and the sandbox
        does not show it)."""
        link = self.project_root / relpath
        real = Path(os.path.realpath(link))
        if real.is_relative_to(self.project_root):
            return os.path.relpath(real, link.parent)
        if relpath not in self._noted_links:
            self._noted_links.add(relpath)
            log.warning("%s in %s links outside the project (to %s): copied as a link, its target is not copied",
                        relpath, self.project_root, real)
        return str(real)

    def _put_file(self, relpath: str, data: bytes | BinaryIO, mode: int) -> None:
        *folders, name = relpath.split("/")
        with opened(open_folder(self._root_fd, folders, create=True)) as folder:
            self._placed[relpath] = _Placed.of(replace_file(folder, name, data, mode))

    def _put_link(self, relpath: str, target: str) -> None:
        *folders, name = relpath.split("/")
        with opened(open_folder(self._root_fd, folders, create=True)) as folder:
            self._placed[relpath] = _Placed.of(replace_link(folder, name, target))

    def _remove(self, relpath: str) -> None:
        self._discard(relpath)
        self._copied.pop(relpath, None)
        self._placed.pop(relpath, None)
        self._written.pop(relpath, None)

    def _discard(self, relpath: str) -> None:
        *folders, name = relpath.split("/")
        try:
            with opened(open_folder(self._root_fd, folders)) as folder:
                discard(folder, name)
        except OSError:
            pass  # not there, or a folder on the way is not one any more: nothing of ours is there

    def _scan(self) -> dict[str, os.stat_result]:
        """The status of every entry in the copy (links not followed), by relative path."""
        found: dict[str, os.stat_result] = {}
        pending = [""]
        while pending:
            prefix = pending.pop()
            parts = prefix.split("/") if prefix else []
            try:
                folder = open_folder(self._root_fd, parts)
            except OSError:
                continue  # replaced while we looked
            with opened(folder), os.scandir(folder) as entries:
                for entry in entries:
                    path = f"{prefix}/{entry.name}" if prefix else entry.name
                    try:
                        status = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue  # gone while we looked
                    found[path] = status
                    if stat.S_ISDIR(status.st_mode) and len(parts) < MAX_DEPTH:
                        pending.append(path)
        return found

    # -- the project -----------------------------------------------------------------------

    def _within_budget(self, files: dict[str, _Stamp]) -> dict[str, _Stamp]:
        """Every code file, and data files (smallest first) up to the budget."""
        kept = {path: stamp for path, stamp in files.items() if Path(path).suffix in CODE_SUFFIXES}
        count = size = 0
        for path, stamp in sorted(files.items(), key=lambda item: item[1][1]):
            if path in kept:
                continue
            count, size = count + 1, size + stamp[1]
            if count > MAX_DATA_FILES or size > MAX_DATA_BYTES or stamp[1] > MAX_FILE_BYTES:
                break
            kept[path] = stamp
        self.left_out = len(files) - len(kept)
        if self.left_out:
            log.warning("shadow copy of %s leaves out %d data files over the copy budget", self.project_root, self.left_out)
        return kept

    def _project_files(self) -> Iterator[tuple[str, _Stamp]]:
        """Regular files, and links that end at one, of the project, with their stamps."""
        for folder, dirnames, filenames in os.walk(self.project_root):
            here = Path(folder)
            # Symlinked folders are not followed (os.walk default) and not recreated as links,
            # which would let tests write through them into the user's tree.
            dirnames[:] = [
                name for name in dirnames if name not in SKIPPED_DIRS and not _is_environment(here / name)
            ]
            for name in filenames:
                path = here / name
                try:
                    status = path.lstat()
                except OSError:  # deleted meanwhile
                    continue
                if stat.S_ISREG(status.st_mode) or (stat.S_ISLNK(status.st_mode) and _ends_at_a_file(path)):
                    yield path.relative_to(self.project_root).as_posix(), (status.st_mtime_ns, status.st_size)


def _ends_at_a_file(link: Path) -> bool:
    """Whether a link ends at a regular file: one to a device (/dev/zero), a FIFO or a folder
    is not copied, so that nothing reading the copy's sources hangs or reads without end."""
    try:
        return stat.S_ISREG(link.stat().st_mode)
    except OSError:
        return False


def _is_environment(folder: Path) -> bool:
    """A virtualenv (it holds pyvenv.cfg) or a symlinked folder."""
    return folder.is_symlink() or (folder / "pyvenv.cfg").exists()
