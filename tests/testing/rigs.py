"""Helpers for the runner's tests: fixture projects, runners of each kind, tree digests."""

from __future__ import annotations

import hashlib
import sys
import os
import time
from dataclasses import dataclass
from pathlib import Path

from greenfix.analysis.testing.runner import SubprocessRunner, WarmRunner
from greenfix.analysis.testing.shadow import ShadowWorkspace

PROJECTS = Path(__file__).resolve().parents[1] / "data" / "runner_projects"
RUNNER_KINDS = ("warm", "subprocess")


@dataclass
class Rig:
    kind: str
    shadow: ShadowWorkspace
    runner: SubprocessRunner | WarmRunner

    @property
    def timeout(self) -> float:
        """A limit no healthy run reaches; a fresh subprocess also starts Python and loads plugins."""
        return 10.0 if self.kind == "warm" else 60.0

    @property
    def hang_limit(self) -> float:
        """The limit for runs that hang on purpose: above start-up, below the patience of a test."""
        return 2.0 if self.kind == "warm" else 12.0

    def close(self) -> None:
        self.runner.close()
        self.shadow.cleanup()


def open_rig(project: str, kind: str) -> Rig:
    shadow = ShadowWorkspace.create(PROJECTS / project)
    runner_class = WarmRunner if kind == "warm" else SubprocessRunner
    return Rig(kind, shadow, runner_class(shadow, sys.executable))


def tree_digest(root: Path) -> dict[str, str]:
    """sha256 of every file under root, by relative path (new or removed files show too)."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def line_of(path: Path, text: str) -> int:
    """1-based number of the line of `path` that contains `text`."""
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} not in {path}")


def process_alive(pid: int) -> bool:
    """True while `pid` exists and is not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def wait_until_dead(pid: int, seconds: float = 5.0) -> bool:
    """True once `pid` is gone (orphans are reaped by init a moment after they are killed)."""
    deadline = time.monotonic() + seconds
    while process_alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def processes_in(folder: Path) -> list[int]:
    """Live processes whose working directory is `folder`: every run starts in the shadow root."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            if entry.isdigit() and os.readlink(f"/proc/{entry}/cwd") == str(folder):
                found.append(int(entry))
        except OSError:
            continue
    return found
