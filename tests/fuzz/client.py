"""A raw JSON-RPC client for `greenfix serve` over stdio: it frames bytes itself, so it can
send what no well-behaved client library would (invalid JSON, wrong types, huge bodies)."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

SERVER_COMMAND = [sys.executable, "-m", "greenfix.server", "serve"]


class ServerGone(RuntimeError):
    """The server closed its output or did not answer in time."""


class RawClient:
    def __init__(self, log_path: Path, cwd: Path) -> None:
        self._log = open(log_path, "wb")
        self.process = subprocess.Popen(
            SERVER_COMMAND, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log, cwd=cwd
        )
        self._ids = itertools.count(1)
        self._responses: dict[int | str | None, dict[str, Any]] = {}
        self.requested: set[int | str] = set()  # ids of the requests sent, answered or not
        self.answered: set[int | str | None] = set()
        # What the editor answers the server's requests with, by method (None by default):
        # it declines edits.
        self.replies: dict[str, Any] = {"workspace/applyEdit": {"applied": False}}
        self._arrived = threading.Condition()
        self.diagnostics: dict[str, dict[str, Any]] = {}  # uri -> latest publishDiagnostics params
        self.last_sent = time.monotonic()
        self._closed = False
        assert self.process.stdout is not None
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()

    # sending

    def send_bytes(self, body: bytes) -> None:
        """One framed message with `body` as it is (it need not be JSON)."""
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def send_raw(self, data: bytes) -> None:
        """Bytes as they are, framed or not."""
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(data)
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError) as error:
            raise ServerGone(f"the server stopped reading: {error}") from error
        self.last_sent = time.monotonic()

    def send(self, message: dict[str, Any]) -> None:
        self.send_bytes(json.dumps({"jsonrpc": "2.0", **message}).encode())

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: Any) -> int:
        """Send a request; its id, to wait for its response or to cancel it."""
        request_id = next(self._ids)
        self.requested.add(request_id)
        self.send({"id": request_id, "method": method, "params": params})
        return request_id

    def call(self, method: str, params: Any, timeout: float = 30.0) -> dict[str, Any]:
        return self.response(self.request(method, params), timeout)

    def response(self, request_id: int | str | None, timeout: float = 30.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        with self._arrived:
            while request_id not in self._responses:
                if self._closed:
                    raise ServerGone("the server closed its output")
                if not self._arrived.wait(deadline - time.monotonic()) and time.monotonic() >= deadline:
                    raise ServerGone(f"no response to request {request_id} within {timeout:g} s")
            return self._responses.pop(request_id)

    def unanswered(self, timeout: float = 10.0) -> set[int | str]:
        """The requests sent with `request` that got no response within `timeout`."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while self.requested - self.answered and not self._closed:
                if not self._arrived.wait(deadline - time.monotonic()) and time.monotonic() >= deadline:
                    break
            return self.requested - self.answered

    def forget_responses(self) -> None:
        """Drop responses nobody waits for (fuzzed requests), so they do not pile up."""
        with self._arrived:
            self._responses.clear()

    def close(self, timeout: float = 30.0) -> int | None:
        """shutdown, exit; the exit status (None if it had to be killed)."""
        try:
            self.call("shutdown", None, timeout)
            self.notify("exit", None)
            status: int | None = self.process.wait(timeout)
        except (ServerGone, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
            status = None
        self._log.close()
        return status

    # receiving

    def _read(self, stream: IO[bytes]) -> None:
        try:
            while True:
                length = None
                while True:
                    line = stream.readline()
                    if not line:
                        return
                    if line in (b"\r\n", b"\n"):
                        break
                    name, _, value = line.decode("ascii").partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                if length is None:
                    continue
                self._receive(json.loads(stream.read(length)))
        finally:
            with self._arrived:
                self._closed = True
                self._arrived.notify_all()

    def _receive(self, message: dict[str, Any]) -> None:
        method = message.get("method")
        if method is None:
            with self._arrived:
                self._responses[message.get("id")] = message
                self.answered.add(message.get("id"))
                self._arrived.notify_all()
        elif "id" in message:
            # The server asks something (apply an edit, create progress).
            self.send({"id": message["id"], "result": self.replies.get(method)})
        elif method == "textDocument/publishDiagnostics":
            with self._arrived:
                self.diagnostics[message["params"]["uri"]] = message["params"]
                self._arrived.notify_all()
