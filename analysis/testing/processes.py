"""Process-group killing and deadline-bound reading of JSON lines from a pipe."""

from __future__ import annotations

import json
import os
import select
import signal
import time
from typing import IO, Any


def kill_group(pid: int) -> None:
    """Kill the process group led by `pid` (the process and everything it started), if any is left."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


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
