"""A scripted OpenAI-compatible HTTP server on 127.0.0.1 for tests.

Real HTTP, so the real `openai` client talks to it. It serves `/v1/models` and
`/v1/chat/completions`, records every request (body and headers), and answers
chat requests from a script: a queue of `Reply` values or a callable. Replies
can be faults: an HTTP error with headers (429 + retry-after), a malformed body,
a slow answer, no answer ever, or a body that drips a byte at a time and never
ends (the server notices when the client hangs up meanwhile).

    with ScriptedOpenAIServer([Reply.text("def f():\\n    return 1\\n")]) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="k")
        ...
        assert server.chat_requests[0].body["model"] == "scripted-model"
"""

from __future__ import annotations

import json
import math
import select
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterable, Mapping, Sequence

DEFAULT_USAGE = (12, 34)
DEFAULT_MODELS: tuple[dict[str, Any], ...] = ({"id": "scripted-model", "object": "model", "owned_by": "scripted"},)


@dataclass(frozen=True)
class Reply:
    """One scripted answer: a status, a body (JSON value or raw bytes), headers, and
    an optional delay before answering."""

    status: int = 200
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drip: float = 0.0  # seconds between the bytes of a body that never ends; 0: a normal body

    @staticmethod
    def text(*contents: str, finish_reason: str = "stop", usage: tuple[int, int] | None = DEFAULT_USAGE) -> Reply:
        """A chat completion with one choice per content; `usage` is (prompt, completion) tokens."""
        return Reply.choices([_message(content=c) for c in contents], finish_reason, usage)

    @staticmethod
    def truncated(content: str) -> Reply:
        return Reply.text(content, finish_reason="length")

    @staticmethod
    def refusal(message: str) -> Reply:
        return Reply.choices([_message(content=None, refusal=message)], "stop", DEFAULT_USAGE)

    @staticmethod
    def tool_call(*inputs: str, name: str = "replace_function") -> Reply:
        """A custom-tool call per input (OpenAI custom tools with a grammar)."""
        messages = [
            _message(
                content=None,
                tool_calls=[{"id": f"call_{i}", "type": "custom", "custom": {"name": name, "input": text}}],
            )
            for i, text in enumerate(inputs)
        ]
        return Reply.choices(messages, "tool_calls", DEFAULT_USAGE)

    @staticmethod
    def json_code(*codes: str, key: str = "code") -> Reply:
        """A JSON-schema style answer: the code in a string field of a JSON object."""
        return Reply.text(*(json.dumps({key: code}) for code in codes))

    @staticmethod
    def choices(messages: Sequence[dict[str, Any]], finish_reason: str, usage: tuple[int, int] | None) -> Reply:
        body: dict[str, Any] = {
            "id": "chatcmpl-scripted",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": "scripted-model",
            "choices": [
                {"index": i, "message": message, "finish_reason": finish_reason, "logprobs": None}
                for i, message in enumerate(messages)
            ],
        }
        if usage is not None:
            body["usage"] = {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)}
        return Reply(body=body)

    @staticmethod
    def error(status: int, message: str, headers: Mapping[str, str] | None = None) -> Reply:
        return Reply(status, {"error": {"message": message, "type": "scripted", "code": None}}, headers or {})

    @staticmethod
    def rate_limited(retry_after: float) -> Reply:
        return Reply.error(429, "rate limited", {"retry-after": f"{retry_after:g}"})

    @staticmethod
    def malformed() -> Reply:
        return Reply(body=b'{"id": "chatcmpl-broken", "choices": [{"index": 0, "mess', headers={"content-type": "application/json"})

    @staticmethod
    def silence() -> Reply:
        """The request is read and the connection kept open, but no answer ever comes."""
        return Reply(delay=math.inf)

    @staticmethod
    def dripping(every: float = 1.0) -> Reply:
        """A 200 with a JSON content type, whose body is a space every `every` seconds, forever."""
        return Reply(drip=every)

    def after(self, seconds: float) -> Reply:
        """This reply, sent only after `seconds` (unless the client hangs up first)."""
        return Reply(self.status, self.body, self.headers, seconds, self.drip)


def _message(**fields: Any) -> dict[str, Any]:
    return {"role": "assistant", "content": None, "refusal": None, **fields}


@dataclass(frozen=True)
class ReceivedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    body: Any  # parsed JSON, or None


Responder = Callable[[ReceivedRequest], Reply]


class ScriptedOpenAIServer:
    """Start with `with ScriptedOpenAIServer(...) as server:` (or start()/stop())."""

    def __init__(
        self,
        replies: Iterable[Reply] | Responder = (),
        models: Sequence[dict[str, Any]] = DEFAULT_MODELS,
    ) -> None:
        self.models = list(models)
        self.requests: list[ReceivedRequest] = []
        self.disconnects = 0  # slow replies whose client hung up before the answer
        self._responder: Responder | None = replies if callable(replies) else None
        self._queue: deque[Reply] = deque() if callable(replies) else deque(replies)
        self._lock = threading.Lock()
        self._disconnected = threading.Condition(self._lock)
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._http.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._http.server_address[:2]
        return f"http://{host}:{port}/v1"

    @property
    def chat_requests(self) -> list[ReceivedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def add(self, *replies: Reply) -> None:
        with self._lock:
            self._queue.extend(replies)

    def wait_for_disconnect(self, timeout: float) -> bool:
        """True once a client has hung up on a slow reply."""
        with self._disconnected:
            return self._disconnected.wait_for(lambda: self.disconnects > 0, timeout)

    def start(self) -> ScriptedOpenAIServer:
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.05}, name="scripted-openai", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:  # shutdown() waits for serve_forever, which never ran otherwise
            self._http.shutdown()
            self._thread.join(timeout=5)
        self._http.server_close()

    def __enter__(self) -> ScriptedOpenAIServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _record(self, request: ReceivedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _next_reply(self, request: ReceivedRequest) -> Reply:
        if self._responder is not None:
            return self._responder(request)
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        return Reply.error(500, "the scripted server has no reply left for this request")

    def _note_disconnect(self) -> None:
        with self._disconnected:
            self.disconnects += 1
            self._disconnected.notify_all()


def _handler_for(server: ScriptedOpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the openai client expects

        def do_GET(self) -> None:
            request = self._received(None)
            server._record(request)
            if request.path.rstrip("/").endswith("/models"):
                self._send(Reply(body={"object": "list", "data": server.models}))
            else:
                self._send(Reply.error(404, f"no route {request.path}"))

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            request = self._received(body)
            server._record(request)
            if not request.path.endswith("/chat/completions"):
                self._send(Reply.error(404, f"no route {request.path}"))
                return
            reply = server._next_reply(request)
            if reply.delay and not self._client_stays(reply.delay):
                server._note_disconnect()
                self.close_connection = True
                return
            if reply.drip:
                self._drip(reply.drip)
                server._note_disconnect()
                self.close_connection = True
                return
            self._send(reply)

        def _received(self, body: Any) -> ReceivedRequest:
            headers = {name.lower(): value for name, value in self.headers.items()}
            return ReceivedRequest(self.command, self.path, headers, body)

        def _client_stays(self, seconds: float) -> bool:
            """Wait `seconds`; False as soon as the client closes its connection."""
            deadline = time.monotonic() + seconds
            while (left := deadline - time.monotonic()) > 0:
                readable, _, _ = select.select([self.connection], [], [], min(left, 0.05))
                if readable:
                    try:
                        if not self.connection.recv(1, socket.MSG_PEEK):
                            return False
                    except OSError:
                        return False
            return True

        def _drip(self, every: float) -> None:
            """A body announced as a gigabyte, sent a byte at a time until the client hangs up."""
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(10**9))
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    if not self._client_stays(every):
                        return
            except OSError:
                return

        def _send(self, reply: Reply) -> None:
            data = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
            self.send_response(reply.status)
            headers = {"content-type": "application/json", **reply.headers}
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            try:
                self.wfile.write(data)
            except OSError:
                self.close_connection = True

        def log_message(self, format: str, *args: Any) -> None:
            pass  # tests read `server.requests`, not stderr

    return Handler
