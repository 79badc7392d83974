"""The LSP lifecycle and JSON-RPC checks, strict enough that every request gets an answer.

pygls 2.1 leaves a client waiting forever in several cases, at a depth its public hooks do
not reach, so this module overrides its protocol class (and framing.py its reading loop):

- pygls structures each message inside `json.loads(..., object_hook=structure_message)`
  in `pygls.io_.run_async`; params that fail validation raise there, the loop logs the
  exception and the request is never answered. Here each message is parsed, checked and
  structured before dispatch, and a request that fails gets an error response: ParseError,
  InvalidRequest, MethodNotFound or InvalidParams (saying which field is wrong and why).
- pygls drops every message after `shutdown` without a word, and has no notion of a server
  that is not initialized yet (it accepts `shutdown` first, then drops everything, even
  `initialize`). Here the LSP lifecycle holds: ServerNotInitialized before `initialize`,
  InvalidRequest after `shutdown`; notifications are dropped then, except `exit`.
- pygls's `exit` handler calls `sys.exit(1)` without a prior shutdown, but `start_io`
  swallows that SystemExit and the process exits 0. Here `exit` sets `exit_status`, which
  framing.py's server returns, so `greenfix serve` exits 1 as the LSP spec says.

Nothing is patched in pygls itself: these are subclasses; handlers, features and writers
stay pygls's own.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import cattrs
from cattrs.v import format_exception
from lsprotocol import types
from pygls.protocol import JsonRPCNotification, JsonRPCRequestMessage, JsonRPCResponseMessage
from pygls.protocol.language_server import LanguageServerProtocol, lsp_method

log = logging.getLogger("greenfix.server.protocol")

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
