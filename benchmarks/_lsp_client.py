"""A minimal LSP client over a server subprocess's stdio, for timing.

Just enough JSON-RPC to initialize a server, send notifications and notice the
moment each `textDocument/publishDiagnostics` arrives. Arrival times are taken
as soon as a message is read, before anything else is done with it.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

# Servers run as installed ones do, with bytecode caches: where PYTHONDONTWRITEBYTECODE
# is set, every start would compile an editable checkout's modules afresh.
SERVER_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


@dataclass(frozen=True)
class Published:
    """One publishDiagnostics notification as the client saw it."""

    version: int | None
    count: int
    received: float  # time.perf_counter() when it was read


class ServerExited(RuntimeError):
    pass


class LspClient:
    def __init__(self, process: asyncio.subprocess.Process, stderr: BinaryIO, spawned: float) -> None:
        self.process = process
        self.spawned = spawned  # time.perf_counter() just before the process was spawned
        self.initialize_answered: float | None = None  # and when `initialize` was answered
        self._stderr = stderr
        self._ids = itertools.count(1)
        self._responses: dict[int, asyncio.Future[Any]] = {}
        self._expected: dict[tuple[str, int | None], asyncio.Future[Published]] = {}
        self.last_message = time.perf_counter()
        self.last_response = self.last_message  # when the latest answer to a request was read
        self.published: dict[str, Published] = {}
        self._reader = asyncio.ensure_future(self._read_messages())

    @classmethod
    async def start(cls, command: list[str], stderr_path: Path) -> "LspClient":
        stderr = stderr_path.open("wb")  # a log, not a pipe: a full pipe would stall the server
        spawned = time.perf_counter()
        process = await asyncio.create_subprocess_exec(
            *command,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=stderr,
            env=SERVER_ENV,
            limit=2**20,
        )
        return cls(process, stderr, spawned)

    @property
    def pid(self) -> int:
        return self.process.pid

    async def request(self, method: str, params: Any, timeout: float = 30.0) -> Any:
        request_id = next(self._ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._responses[request_id] = future
        await self._send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        return await asyncio.wait_for(future, timeout)

    async def notify(self, method: str, params: Any) -> float:
        """Send a notification; returns the time just before it was written."""
        return await self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def expect_diagnostics(self, uri: str, version: int | None) -> asyncio.Future[Published]:
        """A future for the first publishDiagnostics of `uri` at `version`; ask
        before sending what triggers it, so an early answer is not missed."""
        future: asyncio.Future[Published] = asyncio.get_running_loop().create_future()
        self._expected[(uri, version)] = future
        return future

    async def wait_quiet(self, seconds: float, timeout: float = 60.0) -> None:
        """Wait until the server has said nothing for `seconds` (background work done)."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            idle = time.perf_counter() - self.last_message
            if idle >= seconds:
                return
            await asyncio.sleep(seconds - idle)

    async def initialize(self, root: Path, initialization_options: Any = None) -> dict[str, Any]:
        capabilities = {
            "general": {"positionEncodings": ["utf-16"]},
            "textDocument": {
                "synchronization": {"dynamicRegistration": False, "didSave": True},
                "publishDiagnostics": {"versionSupport": True, "relatedInformation": False},
            },
            "workspace": {"configuration": False, "workspaceFolders": True},
        }
        result = await self.request(
            "initialize",
            {
                "processId": None,
                "rootUri": root.as_uri(),
                "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
                "capabilities": capabilities,
                "initializationOptions": initialization_options,
            },
        )
        self.initialize_answered = self.last_response
        await self.notify("initialized", {})
        return result

    async def close(self) -> int:
        """shutdown + exit; kill the server if it does not leave within 10 s."""
        try:
            if self.process.returncode is None:
                await self.request("shutdown", None, timeout=10)
                await self.notify("exit", None)
            code = await asyncio.wait_for(self.process.wait(), 10)
        except (asyncio.TimeoutError, ServerExited, ConnectionError):
            self.process.kill()
            code = await self.process.wait()
        self._reader.cancel()
        self._stderr.close()
        return code

    async def _send(self, message: dict[str, Any]) -> float:
        if self.process.returncode is not None:
            raise ServerExited(f"server exited with {self.process.returncode}")
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        assert self.process.stdin is not None
        sent = time.perf_counter()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        await self.process.stdin.drain()
        return sent

    async def _read_messages(self) -> None:
        stdout = self.process.stdout
        assert stdout is not None
        try:
            while True:
                length = 0
                while (line := await stdout.readline()) not in (b"\r\n", b"\n"):
                    if not line:
                        raise ServerExited("server closed its output")
                    name, _, value = line.decode("ascii").partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                body = await stdout.readexactly(length)
                received = time.perf_counter()
                self.last_message = received
                await self._dispatch(json.loads(body), received)
        except (ServerExited, asyncio.IncompleteReadError) as error:
            failure = ServerExited(f"server output ended: {error}")
            for future in [*self._responses.values(), *self._expected.values()]:
                if not future.done():
                    future.set_exception(failure)

    async def _dispatch(self, message: dict[str, Any], received: float) -> None:
        method = message.get("method")
        if method is None:
            self.last_response = received
            future = self._responses.pop(message.get("id"), None)
            if future is not None and not future.done():
                if "error" in message:
                    future.set_exception(RuntimeError(f"server error: {message['error']}"))
                else:
                    future.set_result(message.get("result"))
        elif "id" in message:
            # A request from the server (registerCapability, progress tokens, ...): accept it.
            items = (message.get("params") or {}).get("items", [])
            result = [None] * len(items) if method == "workspace/configuration" else None
            await self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})
        elif method == "textDocument/publishDiagnostics":
            params = message["params"]
            published = Published(params.get("version"), len(params["diagnostics"]), received)
            self.published[params["uri"]] = published
            future = self._expected.pop((params["uri"], published.version), None)
            if future is not None and not future.done():
                future.set_result(published)


@asynccontextmanager
async def running(command: list[str], log: Path, root: Path, settings: Any = None) -> AsyncIterator[LspClient]:
    """An initialized server (sent `settings` by didChangeConfiguration, if given);
    its stderr log is shown if anything goes wrong."""
    client = await LspClient.start(command, log)
    try:
        await client.initialize(root)
        if settings is not None:
            await client.notify("workspace/didChangeConfiguration", {"settings": settings})
        yield client
    except BaseException:
        print(f"--- {' '.join(command[:4])} failed; end of its log:", file=sys.stderr)
        print(log.read_text(errors="replace")[-3000:], file=sys.stderr)
        raise
    finally:
        await client.close()


async def open_document(client: LspClient, path: Path, text: str) -> None:
    await client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": path.as_uri(), "languageId": "python", "version": 1, "text": text}},
    )
