"""JSON-RPC framing and the LSP lifecycle, strict enough that every request gets an answer.

pygls 2.1 leaves a client waiting forever in several cases, at a depth its public hooks do
not reach, so this module overrides its protocol class and its reading loop:

- pygls structures each message inside `json.loads(..., object_hook=structure_message)`
  in `pygls.io_.run_async`; params that fail validation raise there, the loop logs the
  exception and the request is never answered. Here each message is parsed, checked and
  structured before dispatch, and a request that fails gets an error response: ParseError,
  InvalidRequest, MethodNotFound or InvalidParams (saying which field is wrong and why).
- pygls drops every message after `shutdown` without a word, and has no notion of a server
  that is not initialized yet (it accepts `shutdown` first, then drops everything, even
  `initialize`). Here the LSP lifecycle holds: ServerNotInitialized before `initialize`,
  InvalidRequest after `shutdown`; notifications are dropped then, except `exit`.
- pygls's reader only accepts a header line that is exactly `Content-Length: N\\r\\n`.
  When a frame's length is short, the rest of its body runs into the next header line,
  which then never matches: every later message is lost. Here the reader resynchronises
  on the next `Content-Length:` header, wherever it starts in the line.
- pygls's `exit` handler calls `sys.exit(1)` without a prior shutdown, but `start_io`
  swallows that SystemExit and the process exits 0. Here the status is returned by
  `start_io` / `start_tcp`, so `greenfix serve` exits 1 as the LSP spec says.

Nothing is patched in pygls itself: `StrictProtocol` and `StrictLanguageServer` are
subclasses; handlers, features and writers stay pygls's own.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import sys
from collections.abc import AsyncIterator, Awaitable
from typing import Any, Protocol

import cattrs
from cattrs.v import format_exception
from lsprotocol import types
from pygls.io_ import StdinAsyncReader, StdoutWriter
from pygls.lsp.server import LanguageServer
from pygls.protocol import JsonRPCNotification, JsonRPCRequestMessage, JsonRPCResponseMessage
from pygls.protocol.language_server import LanguageServerProtocol, lsp_method

log = logging.getLogger("greenfix.server.protocol")

# Larger bodies are refused before reading: a lying length would otherwise make the reader
# allocate it, or wait for bytes that never come. Whole documents travel in didOpen.
MAX_BODY_BYTES = 64 * 1024 * 1024
_CONTENT_LENGTH = re.compile(rb"Content-Length:[ \t]*(\d+)\s*$", re.IGNORECASE)
_MESSAGE_FIELDS = ("jsonrpc", "id", "method", "params")


class Refused(Exception):
    """A message the protocol answers with an error instead of dispatching it."""

    def __init__(self, code: types.ErrorCodes, message: str) -> None:
        super().__init__(message)
        self.code = code


class StrictProtocol(LanguageServerProtocol):
    """pygls's LSP protocol behind a gate that answers every request it cannot dispatch."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._initialized = False
        self.exit_status: int | None = None  # set by `exit`: the process's status

    # entry point: one frame's body

    def receive(self, body: bytes) -> None:
        try:
            data = json.loads(body)
        except (ValueError, RecursionError) as error:
            msg_id = recover_id(body)
            if msg_id is None:
                log.warning("a message that is not valid JSON was dropped (%s): %.80r", error, body)
            else:
                self._answer_error(msg_id, types.ErrorCodes.ParseError, f"the message is not valid JSON: {error}")
            return
        self.receive_data(data)

    def receive_data(self, data: Any) -> None:
        """Dispatch one parsed message, or answer why it cannot be."""
        try:
            message = self._check(data)
        except Refused as refusal:
            if _is_notification_or_response(data):
                log.warning("message dropped: %s", refusal)  # nobody waits for an answer
            else:
                msg_id = data.get("id") if isinstance(data, dict) else None
                # JSON-RPC: an error about a message whose id cannot be read carries id null.
                self._answer_error(msg_id if _is_id(msg_id) else None, refusal.code, str(refusal))
            return
        if message is not None:
            self.handle_message(message)

    # the gate

    def _check(self, data: Any) -> Any:
        """The structured message to dispatch, None to drop it quietly, or Refused."""
        if not isinstance(data, dict):
            raise Refused(types.ErrorCodes.InvalidRequest, f"a JSON-RPC message must be an object, not {_json_type(data)}")
        if "id" in data and not _is_id(data["id"]):
            raise Refused(types.ErrorCodes.InvalidRequest, f"id must be an integer or a string, not {_json_type(data['id'])}")
        if data.get("jsonrpc") != self.VERSION:
            raise Refused(types.ErrorCodes.InvalidRequest, f'jsonrpc must be "{self.VERSION}"')
        if "method" not in data:
            if "id" in data and ("result" in data or "error" in data):
                return self._structure_response(data)
            raise Refused(
                types.ErrorCodes.InvalidRequest,
                "a JSON-RPC message needs a method (request, notification) or an id with a result or an error (response)",
            )
        method = data["method"]
        if not isinstance(method, str):
            raise Refused(types.ErrorCodes.InvalidRequest, f"method must be a string, not {_json_type(method)}")
        if "id" in data:
            self._check_request(method)
        elif not self._accepts_notification(method):
            return None
        return self._structure(method, data)

    def _check_request(self, method: str) -> None:
        if self._shutdown:
            raise Refused(types.ErrorCodes.InvalidRequest, f"{method}: the server is shutting down; only exit is accepted")
        if not self._initialized and method != types.INITIALIZE:
            raise Refused(types.ErrorCodes.ServerNotInitialized, f"{method} before initialize: send initialize first")
        if self._initialized and method == types.INITIALIZE:
            raise Refused(types.ErrorCodes.InvalidRequest, "initialize may be sent only once")
        if not self._knows(method):
            raise Refused(types.ErrorCodes.MethodNotFound, f"unknown method {method!r}")

    def _accepts_notification(self, method: str) -> bool:
        if method == types.EXIT:
            return True
        if self._shutdown or not self._initialized:
            # The spec: dropped, except exit (which ends a server never initialized).
            log.warning("%s %s: notification dropped", method, "after shutdown" if self._shutdown else "before initialize")
            return False
        if not self._knows(method):
            # `$/` notifications are optional by the spec: ignore them without a word.
            if not method.startswith("$/"):
                log.warning("notification for unknown method %r ignored", method)
            return False
        return True

    def _knows(self, method: str) -> bool:
        return method == types.CANCEL_REQUEST or method in self.fm.builtin_features or method in self.fm.features

    def _structure(self, method: str, data: dict[str, Any]) -> Any:
        # Only the JSON-RPC fields: pygls's fallback types take them as keyword arguments.
        fields = {name: data[name] for name in _MESSAGE_FIELDS if name in data}
        message_type = self.get_message_type(method)
        if message_type is None:
            message_type = JsonRPCRequestMessage if "id" in data else JsonRPCNotification
            fields.setdefault("params", None)
        try:
            message = self._converter.structure(fields, message_type)
        except Exception as error:
            raise Refused(types.ErrorCodes.InvalidParams, f"invalid params for {method}: {describe(error)}") from None
        # lsprotocol does not check a union's members here; pygls would hash any value.
        if method == types.CANCEL_REQUEST and not _is_id(message.params.id):
            raise Refused(types.ErrorCodes.InvalidParams, "invalid params for $/cancelRequest: id must be an integer or a string")
        return message

    def _structure_response(self, data: dict[str, Any]) -> Any:
        """The client's answer to one of our requests. If it cannot be read, the request
        fails with that reason instead of waiting forever."""
        msg_id = data["id"]
        result_type = self._result_types.pop(msg_id, None) or JsonRPCResponseMessage
        message_type = types.ResponseErrorMessage if "error" in data else result_type
        try:
            return self._converter.structure({k: data[k] for k in ("jsonrpc", "id", "result", "error") if k in data}, message_type)
        except Exception as error:
            reason = f"the client's response to request {msg_id} could not be read: {describe(error)}"
            log.warning("%s", reason)
            problem = types.ResponseError(types.ErrorCodes.InvalidParams, reason)
            self._handle_response(msg_id, error=problem)
            return None

    def _answer_error(self, msg_id: int | str | None, code: types.ErrorCodes, message: str) -> None:
        log.warning("request %s refused: %s", msg_id, message)
        # A dict, not ResponseErrorMessage: its converter drops an id that is None, and
        # JSON-RPC wants "id": null when the id could not be read.
        self._send_data({"jsonrpc": self.VERSION, "id": msg_id, "error": {"code": int(code), "message": message}})

    # lifecycle

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams):  # type: ignore[override]
        result = yield from super().lsp_initialize(params)
        self._initialized = True  # only once it succeeded: a failed initialize may be retried
        return result

    @lsp_method(types.EXIT)
    def lsp_exit(self, *args: Any):  # type: ignore[override]
        # pygls calls sys.exit here, which its start_io swallows (status 0 either way).
        # The reading loop stops on exit_status and the server returns it.
        if (user_handler := self.fm.features.get(types.EXIT)) is not None:
            yield user_handler, args, None
        self.exit_status = 0 if self._shutdown else 1


def recover_id(body: bytes) -> int | str | None:
    """The id of a message whose JSON is broken, when its top-level members before the
    break include one; never an id nested in params."""
    text = body.decode("utf-8", errors="replace")
    decoder = json.JSONDecoder()
    position = _skip_space(text, 0)
    if not text.startswith("{", position):
        return None
    position += 1
    while True:
        try:
            position = _skip_space(text, position)
            key, position = decoder.raw_decode(text, position)
            position = _skip_space(text, position)
            if not isinstance(key, str) or not text.startswith(":", position):
                return None
            value, position = decoder.raw_decode(text, _skip_space(text, position + 1))
        except ValueError:
            return None
        position = _skip_space(text, position)
        # Only a value that is followed by its delimiter is whole: `"id": 12` may be 123, cut.
        if not text.startswith((",", "}"), position):
            return None
        if key == "id":
            return value if _is_id(value) else None
        position += 1


def describe(error: Exception) -> str:
    """What is wrong with a message's fields, in the client's field names."""
    if isinstance(error, cattrs.BaseValidationError):
        problems = cattrs.transform_error(error, format_exception=_format_problem)
        return "; ".join(_camel_path(problem) for problem in problems)
    return str(error) or type(error).__name__


def _format_problem(error: BaseException, expected: Any) -> str:
    # lsprotocol's validators say what they want ("Position.line should be in range
    # [0:2147483647], but was -1."); cattrs's default would only say "invalid value".
    if isinstance(error, ValueError) and expected is None and str(error):
        return str(error).rstrip(".")
    return format_exception(error, expected)


def _camel_path(problem: str) -> str:
    text, at, path = problem.rpartition(" @ ")
    if not at:
        return problem
    parts = [part.rstrip("_") for part in path.split(".")]
    camel = [part.split("_")[0] + "".join(word.title() for word in part.split("_")[1:]) for part in parts]
    return f"{'.'.join(camel).removeprefix('$.')}: {text}"


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _is_notification_or_response(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    if "method" in data:
        return "id" not in data
    return "result" in data or "error" in data


def _is_id(value: Any) -> bool:
    return isinstance(value, (int, str)) and not isinstance(value, bool)


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


# framing


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
        _, end = json.JSONDecoder().raw_decode(text, _skip_space(text, 0))
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
