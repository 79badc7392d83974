"""Reading JSON-RPC frames, resynchronising after a malformed one, and the server that
reads with it.

pygls 2.1's reader (`pygls.io_.run_async`) only accepts a header line that is exactly
`Content-Length: N\\r\\n`. When a frame's length is short, the rest of its body runs into
the next header line, which then never matches: every later message is lost. Here a
`Content-Length:` header is found wherever it starts in its line, and a body read with a
length too long is cut where its JSON ends. `StrictLanguageServer` plugs this reader and
`StrictProtocol` into pygls's LanguageServer in place of `start_io` / `start_tcp`, which
also return the exit status `exit` set.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import sys
from collections.abc import AsyncIterator, Awaitable
from typing import Any, Protocol

from pygls.io_ import StdinAsyncReader, StdoutWriter
from pygls.lsp.server import LanguageServer

from .protocol import StrictProtocol

log = logging.getLogger("greenfix.server.framing")

# Larger bodies are refused before reading: a lying length would otherwise make the reader
# allocate it, or wait for bytes that never come. Whole documents travel in didOpen.
MAX_BODY_BYTES = 64 * 1024 * 1024
_CONTENT_LENGTH = re.compile(rb"Content-Length:[ \t]*(\d+)\s*$", re.IGNORECASE)


class FrameReader(Protocol):
    def readline(self) -> Awaitable[bytes]: ...

    def readexactly(self, n: int) -> Awaitable[bytes]: ...


class _Unreading:
    """A FrameReader that can give bytes back, to be read again first."""

    def __init__(self, reader: FrameReader) -> None:
        self._reader = reader
        self._pending = b""

    def unread(self, data: bytes) -> None:
        self._pending = data + self._pending

    async def readline(self) -> bytes:
        if b"\n" in self._pending:
            line, _, self._pending = self._pending.partition(b"\n")
            return line + b"\n"
        line, self._pending = self._pending + await self._reader.readline(), b""
        return line

    async def readexactly(self, n: int) -> bytes:
        head, self._pending = self._pending[:n], self._pending[n:]
        return head + await self._reader.readexactly(n - len(head)) if len(head) < n else head


async def read_frames(source: FrameReader) -> AsyncIterator[bytes]:
    """Each frame's body, until the input ends. Malformed framing is skipped: a
    `Content-Length:` header is recognised wherever its line starts, so the bytes a
    length too short left behind are dropped; a body read with a length too long ends
    where its JSON does, and what follows is read again as the next frame."""
    reader = _Unreading(source)
    length: int | None = None
    while True:
        line = await reader.readline()
        if not line:
            return
        header = _CONTENT_LENGTH.search(line)
        if header is not None:
            if header.start() > 0:
                log.warning("malformed frame: skipped %d bytes before a Content-Length header", header.start())
            length = int(header.group(1))
            if length > MAX_BODY_BYTES:
                log.warning("frame of %d bytes refused (limit %d): skipped up to the next header", length, MAX_BODY_BYTES)
                length = None
        elif not line.strip():
            if length is None:
                log.warning("malformed frame: headers without Content-Length; skipped up to the next header")
                continue
            body = await reader.readexactly(length)
            if len(body) < length:
                log.warning("the input ended inside a frame (%d of %d bytes)", len(body), length)
                return
            length = None
            if not body.rstrip().endswith(b"}") and (end := _json_end(body)) is not None:
                log.warning("malformed frame: %d bytes after its JSON read again as the next frame", len(body) - end)
                reader.unread(body[end:])
                body = body[:end]
            yield body


def _json_end(body: bytes) -> int | None:
    """Where the JSON value at the start of `body` ends, in bytes; None if there is none."""
    text = body.decode("utf-8", errors="surrogateescape")
    try:
        _, end = json.JSONDecoder().raw_decode(text, len(text) - len(text.lstrip()))
    except ValueError:
        return None
    return len(text[:end].encode("utf-8", errors="surrogateescape"))


async def serve_frames(reader: FrameReader, protocol: StrictProtocol) -> None:
    async for body in read_frames(reader):
        try:
            protocol.receive(body)
        except Exception:
            # Never the end of the session: the next message may be fine.
            log.exception("a message could not be handled")
        if protocol.exit_status is not None:
            return


class _TcpReader:
    """asyncio's StreamReader with stdin's behaviour at the edges: a line over the stream's
    limit is dropped as junk, a frame cut by the end of input is returned short."""

    def __init__(self, stream: asyncio.StreamReader) -> None:
        self._stream = stream

    async def readline(self) -> bytes:
        try:
            return await self._stream.readline()
        except ValueError:  # over the limit: asyncio has discarded it
            return b"(an overlong line)\n"

    async def readexactly(self, n: int) -> bytes:
        try:
            return await self._stream.readexactly(n)
        except asyncio.IncompleteReadError as error:
            return error.partial


class StrictLanguageServer(LanguageServer):
    """pygls's LanguageServer reading with `read_frames`; start_io and start_tcp return
    the exit status (0 after shutdown then exit, 1 after exit alone)."""

    protocol: StrictProtocol

    def start_io(self, stdin: Any = None, stdout: Any = None) -> int:  # type: ignore[override]
        reader = StdinAsyncReader(stdin or sys.stdin.buffer, self.thread_pool)
        self.protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))
        return self._run(serve_frames(reader, self.protocol))

    def start_tcp(self, host: str, port: int) -> int:  # type: ignore[override]
        async def one_client() -> None:
            done = asyncio.Event()

            async def connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
                self.protocol.set_writer(writer)  # type: ignore[arg-type]
                try:
                    await serve_frames(_TcpReader(reader), self.protocol)
                finally:
                    done.set()

            server = await asyncio.start_server(connection, host, port, limit=MAX_BODY_BYTES)
            log.info("serving on %s", ", ".join(str(s.getsockname()) for s in server.sockets))
            async with server:
                await done.wait()

        return self._run(one_client())

    def _run(self, session: Awaitable[None]) -> int:
        try:
            asyncio.run(session)  # type: ignore[arg-type]
        except BrokenPipeError:
            log.error("the client is gone: shutting down")
        except KeyboardInterrupt:
            pass
        finally:
            self.shutdown()
        # The input ended without exit (the editor went away): as before, status 0.
        return self.protocol.exit_status or 0
