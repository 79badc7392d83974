"""A private copy of the project where candidates are written and tests run.

The user's tree is only ever read: every write goes to the copy.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

SHADOW_PREFIX = "greenfix-shadow-"
# Folders that are caches, history or installed environments, never needed to run the tests.
# What tests import (code and its configuration) is always copied. Other files, such
# as test data, are copied within a budget, so that a huge workspace is not copied whole.
CODE_SUFFIXES = frozenset({".py", ".pyi", ".pth", ".toml", ".cfg", ".ini", ".txt"})
MAX_DATA_FILES = 5_000
MAX_DATA_BYTES = 64 * 1024 * 1024
MAX_FILE_BYTES = 8 * 1024 * 1024

log = logging.getLogger(__name__)

SKIPPED_DIRS = frozenset(
    {".git", ".hg", ".svn", "node_modules", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox", ".nox"}
)

# (mtime_ns, size) of a project file when it was last copied.
_Stamp = tuple[int, int]


class ShadowWorkspace:
    def __init__(self, project_root: Path, root: Path) -> None:
        self.project_root = project_root
        self.root = root
        self._copied: dict[str, _Stamp] = {}
        self.left_out = 0  # data files beyond the copy budget at the last sync

    @classmethod
    def create(cls, project_root: Path) -> ShadowWorkspace:
        """Copy the project into a fresh temporary folder."""
        project_root = Path(project_root).resolve()
        if not project_root.is_dir():
            raise NotADirectoryError(f"project root is not a directory: {project_root}")
        # The owner's pid in the name lets a later greenfix remove copies a crash left.
        shadow = cls(project_root, Path(tempfile.mkdtemp(prefix=f"{SHADOW_PREFIX}{os.getpid()}-")).resolve())
        try:
            shadow.sync()
        except BaseException:
            shadow.cleanup()
            raise
        return shadow

    def sync(self, paths: Iterable[Path] | None = None) -> list[str]:
        """Copy project files that changed since the last copy (or exactly `paths`); drop deleted ones.

        Returns the relative paths that were copied or removed.
        """
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
            (self.root / relpath).unlink(missing_ok=True)
            del self._copied[relpath]
        return changed + removed

    def write(self, relpath: str, text: str) -> Path:
        """Put a candidate's text at `relpath` in the shadow (never in the project)."""
        target = self.root / self.relpath(Path(relpath))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        return target

    def restore(self, relpath: str | Path) -> None:
        """Put the project's version of `relpath` back (or remove it if the project has none)."""
        relpath = self.relpath(Path(relpath))
        if (self.project_root / relpath).is_file():
            self._copy(relpath)
        else:
            (self.root / relpath).unlink(missing_ok=True)
            self._copied.pop(relpath, None)

    def cleanup(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

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

    def _copy(self, relpath: str) -> None:
        source = self.project_root / relpath
        target = self.root / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        stat = source.stat()
        # Copy contents, never link: a write in the shadow must not reach the user's file.
        shutil.copyfile(source, target)
        shutil.copymode(source, target)
        self._copied[relpath] = (stat.st_mtime_ns, stat.st_size)

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
                    stat = path.stat()
                except OSError:  # a dangling symlink or a file deleted meanwhile
                    continue
                if path.is_file():
                    yield path.relative_to(self.project_root).as_posix(), (stat.st_mtime_ns, stat.st_size)


def _is_environment(folder: Path) -> bool:
    """A virtualenv (it holds pyvenv.cfg) or a symlinked folder."""
    return folder.is_symlink() or (folder / "pyvenv.cfg").exists()
