"""What a greenfix that was killed left behind: shadow copies and run folders in the
temporary directory, and test processes still working in them. Each folder's name
carries its owner's pid; a folder whose owner is gone is stale."""

from __future__ import annotations

import os
import re
import shutil
import signal
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from .folders import stop_making_folders
from .processes import descendants
from .runner import RUN_PREFIX
from .shadow import SHADOW_PREFIX

_REMOVE_TRIES = 50
_REMOVE_PAUSE = 0.02  # seconds
_OWNED = re.compile(rf"^(?:{re.escape(SHADOW_PREFIX)}|{re.escape(RUN_PREFIX)})(\d+)-")


def remove_stale(folder: Path | None = None) -> list[Path]:
    """Kill processes working in stale folders and remove the folders; returns them."""
    return _remove(folder, lambda owner: not _alive(owner))


def remove_own(processes: Iterable[int] = (), folder: Path | None = None) -> list[Path]:
    """The same for the folders of this process, which is leaving on a signal and may have
    been stopped between making a folder and the `try` that removes it. Its descendants are
    killed too, and `processes`: those it had when the signal came (a process stopped while
    it started, say bwrap, may have left its own child orphaned since)."""
    stop_making_folders()
    for pid in {*processes, *descendants()}:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return _remove(folder, lambda owner: owner == os.getpid())


def _remove(folder: Path | None, owned_by: Callable[[int], bool]) -> list[Path]:
    base = Path(folder or tempfile.gettempdir())
    stale = []
    for entry in base.iterdir():
        owner = _OWNED.match(entry.name)
        if owner and entry.is_dir() and owned_by(int(owner.group(1))):
            stale.append(entry)
    for entry in stale:
        for pid in _working_in(entry):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        # A thread still opening a runner (a helper started in the background) may write a
        # file into the folder while it is removed: try again, for a moment.
        for _ in range(_REMOVE_TRIES):
            shutil.rmtree(entry, ignore_errors=True)
            if not entry.exists():
                break
            time.sleep(_REMOVE_PAUSE)
    return stale


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _working_in(folder: Path) -> list[int]:
    """Processes whose working directory is inside `folder`."""
    found = []
    resolved = folder.resolve()
    for proc in Path("/proc").iterdir() if Path("/proc").is_dir() else []:
        if not proc.name.isdigit():
            continue
        try:
            cwd = Path(os.readlink(proc / "cwd"))
        except OSError:
            continue
        if cwd == resolved or resolved in cwd.parents:
            found.append(int(proc.name))
    return found
