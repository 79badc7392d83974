"""Where a project starts, found the way pytest finds its rootdir, and folders that are
never a project (the filesystem root, the home folder, system folders)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

# A folder holding one of these is a project's root; conftest.py counts, as for pytest.
PROJECT_MARKERS = ("pyproject.toml", "pytest.ini", "tox.ini", "setup.cfg", "setup.py", ".git", "conftest.py")
_SYSTEM_FOLDERS = ("/etc", "/proc", "/sys", "/dev", "/boot", "/run")


def find_project_root(paths: Iterable[Path], cwd: Path) -> Path:
    """The nearest folder holding a project marker at or above the common ancestor of
    `paths` and `cwd`; else that common ancestor (`cwd` when the paths are inside it)."""
    resolved = [p.resolve() for p in paths]
    start = Path(os.path.commonpath([str(cwd.resolve()), *map(str, resolved)]))
    for folder in (start, *start.parents):
        if never_a_project(folder):
            break
        if any((folder / marker).exists() for marker in PROJECT_MARKERS):
            return folder
    return start


def never_a_project(folder: Path) -> bool:
    """The filesystem root, the home folder and system folders are never copied or tested."""
    folder = folder.resolve()
    if folder == Path(folder.anchor) or folder == Path.home().resolve():
        return True
    return any(folder == Path(system) or Path(system) in folder.parents for system in _SYSTEM_FOLDERS)
