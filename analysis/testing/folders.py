"""The temporary folders greenfix makes for itself (shadow copies, run folders), named
with its pid so that a later greenfix can remove what a killed one left.

A process leaving on a signal removes its folders from the signal handler while other
threads may still be at work (see leftovers.remove_own); from then on no thread may
make a new one, or it would outlive the process."""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

_making = threading.Lock()
_leaving = False

# How long the signal handler waits for a folder being made; the main thread itself
# may hold the lock when the signal arrives.
_WAIT_SECONDS = 1.0


class Leaving(RuntimeError):
    """The process is leaving on a signal: no new folder."""


def owned_folder(prefix: str) -> Path:
    """A new folder `<tmp>/<prefix><pid>-...`, resolved."""
    with _making:
        if _leaving:
            raise Leaving("greenfix is stopping: no new temporary folder")
        return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-")).resolve()


def stop_making_folders() -> None:
    """From now on owned_folder refuses; a folder being made meanwhile is finished first."""
    global _leaving
    held = _making.acquire(timeout=_WAIT_SECONDS)
    _leaving = True
    if held:
        _making.release()
