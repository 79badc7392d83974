"""Process-group killing and deadline-bound reading of JSON lines from a pipe."""

from __future__ import annotations

import json
import os
import select
import signal
import time
from pathlib import Path
from typing import IO, Any


def kill_group(pid: int) -> None:
    """Kill the process group led by `pid` (the process and everything it started), if any is left."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def wait_gone(pids: list[int], timeout: float = 2.0) -> None:
    """Wait until killed processes have exited. Children of another process (a forked
    test run is the worker's) cannot be waited for; poll until they are gone or zombies."""
    deadline = time.monotonic() + timeout
    pending = list(pids)
    while pending and time.monotonic() < deadline:
        pending = [pid for pid in pending if _running(pid)]
        if pending:
            time.sleep(0.01)


def descendants() -> list[int]:
    """This process's children, their children, and so on."""
    found: list[int] = []
    parents = [os.getpid()]
    while parents:
        listings = Path(f"/proc/{parents.pop()}/task").glob("*/children")
        try:
            children = [int(pid) for listing in listings for pid in listing.read_text().split()]
        except OSError:  # gone meanwhile
            continue
        found += children
        parents += children
    return found


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            # The state follows the parenthesised command name, which may hold spaces.
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return False


class LineChannel:
    """Reads JSON lines from a pipe, giving up at a deadline (time.monotonic() seconds)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._fd = stream.fileno()
        self._buffer = b""

    def receive(self, deadline: float) -> dict[str, Any] | None:
        """The next message, or None at the deadline; EOFError when the writer has gone."""
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([self._fd], [], [], remaining)
            if not ready:
                return None
            chunk = os.read(self._fd, 65536)
            if not chunk:
                raise EOFError("the other end closed the pipe")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)
