"""Malformed LSP traffic against the real `greenfix serve` over stdio, in raw frames.

Each attack must get the error the spec names (never silence: a client would wait
forever), the server must go on answering normal requests, and it must exit with the
status the spec gives: 0 after shutdown then exit, 1 after exit alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fuzz.client import RawClient

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
SERVER_NOT_INITIALIZED = -32002

BROKEN = "def f(x)\n    return x\n"  # the one quick fix: insert ':'


class Session:
    """A server in a small project, and the file it can answer code actions on."""

    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "pyproject.toml").write_text("[project]\nname = 'attacked'\n")
        self.uri = (root / "broken.py").as_uri()
        self.log_path = root.parent / "server.log"
        self.client = RawClient(self.log_path, root)

    def initialize(self) -> dict[str, Any]:
        reply = self.client.call("initialize", {"processId": None, "rootUri": self.root.as_uri(), "capabilities": {}})
        self.client.notify("initialized", {})
        return reply

    def open(self) -> None:
        self.client.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": self.uri, "languageId": "python", "version": 1, "text": BROKEN}},
        )

    def code_action_params(self) -> dict[str, Any]:
        start, end = {"line": 0, "character": 0}, {"line": 0, "character": 8}
        return {"textDocument": {"uri": self.uri}, "range": {"start": start, "end": end}, "context": {"diagnostics": []}}

    def code_actions(self) -> list[str]:
        """The titles of the code actions on the open document: proof the server still works."""
        reply = self.client.call("textDocument/codeAction", self.code_action_params())
        assert "result" in reply, reply
        return [action["title"] for action in reply["result"]]

    def error(self, request_id: int | str | None) -> dict[str, Any]:
        reply = self.client.response(request_id, timeout=10)
        assert "error" in reply, f"expected an error, got {reply}"
        return reply["error"]

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    root = tmp_path / "project"
    root.mkdir()
    session = Session(root)
    yield session
    try:
        unanswered = session.client.unanswered()
    finally:
        if session.client.process.poll() is None:
            session.client.process.kill()
            session.client.process.wait()
    assert unanswered == set(), f"requests left unanswered: {sorted(map(str, unanswered))}"


def ready(session: Session) -> Session:
    session.initialize()
    session.open()
    assert session.code_actions() == ["Insert missing ':'"]
    return session


def ends_cleanly(session: Session) -> None:
    assert session.client.close() == 0


# invalid params


def test_requests_with_invalid_params_get_invalid_params(session: Session):
    ready(session)
    negative_line, text_character = session.code_action_params(), session.code_action_params()
    negative_line["range"]["start"]["line"] = -1
    text_character["range"]["end"]["character"] = "eight"
    for params, names in [
        ({}, ["textDocument", "range", "context"]),
        (negative_line, ["params.range.start", "line", "-1"]),
        (text_character, ["params.range.end.character", "int"]),
        (None, ["params"]),
        ([1, 2], ["params"]),
    ]:
        error = session.error(session.client.request("textDocument/codeAction", params))
        assert error["code"] == INVALID_PARAMS, (params, error)
        assert error["message"].startswith("invalid params for textDocument/codeAction:")
        for name in names:
            assert name in error["message"], (params, error)
        assert session.code_actions() == ["Insert missing ':'"]
    ends_cleanly(session)


def test_a_notification_with_invalid_params_changes_nothing(session: Session):
    ready(session)
    session.client.notify("textDocument/didChange", {"textDocument": {"uri": session.uri, "version": -2}, "contentChanges": 5})
    assert session.code_actions() == ["Insert missing ':'"]
    assert "invalid params for textDocument/didChange" in session.log()
    ends_cleanly(session)


# lifecycle


def test_requests_after_shutdown_get_invalid_request(session: Session):
    ready(session)
    reply = session.client.call("shutdown", None)
    assert "error" not in reply and reply["result"] is None
    for method, params in [
        ("textDocument/codeAction", session.code_action_params()),
        ("shutdown", None),
        ("initialize", {"processId": None, "capabilities": {}}),
        ("no/such/method", {}),
    ]:
        error = session.error(session.client.request(method, params))
        assert error["code"] == INVALID_REQUEST
        assert "shutting down" in error["message"]
    session.client.notify("exit", None)
    assert session.client.process.wait(10) == 0


def test_requests_before_initialize_get_server_not_initialized_and_initialize_still_works(session: Session):
    for method, params in [("shutdown", None), ("textDocument/codeAction", session.code_action_params()), ("no/such/method", {})]:
        error = session.error(session.client.request(method, params))
        assert error["code"] == SERVER_NOT_INITIALIZED
        assert "before initialize" in error["message"]
    session.open()  # a notification before initialize: dropped
    reply = session.initialize()
    assert reply["result"]["capabilities"]["codeActionProvider"]
    assert session.code_actions() == []  # the document was never opened
    error = session.error(session.client.request("initialize", {"processId": None, "capabilities": {}}))
    assert error["code"] == INVALID_REQUEST
    session.open()
    assert session.code_actions() == ["Insert missing ':'"]
    ends_cleanly(session)


@pytest.mark.parametrize(
    "initialize, shutdown, status",
    [(True, True, 0), (True, False, 1), (False, False, 1)],
    ids=["after-shutdown", "without-shutdown", "never-initialized"],
)
def test_exit_status_is_0_after_shutdown_else_1(session: Session, initialize: bool, shutdown: bool, status: int):
    if initialize:
        ready(session)
    if shutdown:
        assert "error" not in session.client.call("shutdown", None)
    session.client.notify("exit", None)
    assert session.client.process.wait(10) == status


# framing


def request_bytes(request_id: int, method: str, params: Any) -> bytes:
    return json.dumps({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params}).encode()


def test_a_frame_ten_bytes_short_is_skipped_and_the_next_one_is_read(session: Session):
    ready(session)
    body = request_bytes(1000, "textDocument/codeAction", session.code_action_params())
    # The last 10 bytes of the body run into the next frame's header line.
    session.client.send_raw(b"Content-Length: %d\r\n\r\n" % (len(body) - 10) + body)
    assert session.code_actions() == ["Insert missing ':'"]
    error = session.error(1000)  # its id comes before the cut: it can be answered
    assert error["code"] == PARSE_ERROR
    assert "malformed frame: skipped 10 bytes" in session.log()
    ends_cleanly(session)


def test_a_frame_ten_bytes_long_ends_with_its_json_and_the_next_one_is_read(session: Session):
    ready(session)
    body = request_bytes(1001, "textDocument/codeAction", session.code_action_params())
    # The body's length runs 10 bytes into the next frame's header; those are read again.
    session.client.send_raw(b"Content-Length: %d\r\n\r\n" % (len(body) + 10) + body)
    assert session.code_actions() == ["Insert missing ':'"]
    assert [a["title"] for a in session.client.response(1001, 10)["result"]] == ["Insert missing ':'"]
    assert "malformed frame: 10 bytes after its JSON read again" in session.log()
    ends_cleanly(session)


def test_malformed_framing_is_skipped_up_to_the_next_header(session: Session):
    ready(session)
    for junk in [
        b"Content-Length: 99999999999999\r\n\r\n{}",  # a length no one may allocate
        b"Content-Type: application/vscode-jsonrpc\r\n\r\n{}",  # no Content-Length at all
        b"garbage without any header\r\n\r\n",
        b"Content-Length: 5\r\n{}",  # no blank line: the body runs into the next header
        b"\x00\xff" * 100,
    ]:
        session.client.send_raw(junk)
        assert session.code_actions() == ["Insert missing ':'"], junk
    ends_cleanly(session)


def test_a_header_in_lower_case_with_bare_newlines_is_read(session: Session):
    ready(session)
    body = request_bytes(2000, "textDocument/codeAction", session.code_action_params())
    session.client.send_raw(b"content-length: %d\n\n" % len(body) + body)
    assert [a["title"] for a in session.client.response(2000, 10)["result"]] == ["Insert missing ':'"]
    ends_cleanly(session)


# JSON-RPC


def test_unknown_methods_get_method_not_found_and_dollar_notifications_are_ignored_silently(session: Session):
    ready(session)
    for method in ["greenfix/noSuchThing", "$/noSuchThing"]:
        error = session.error(session.client.request(method, {}))
        assert error["code"] == METHOD_NOT_FOUND
        assert method in error["message"]
    session.client.notify("$/optionalNotification", {"value": 1})
    session.client.notify("greenfix/unknownNotification", {})
    assert session.code_actions() == ["Insert missing ':'"]
    log = session.log()
    assert "$/optionalNotification" not in log
    assert "greenfix/unknownNotification" in log  # not a $/ one: worth a warning
    ends_cleanly(session)


def test_invalid_json_gets_parse_error_when_its_id_can_be_read_else_it_is_logged(session: Session):
    ready(session)
    session.client.send_bytes(b'{"jsonrpc": "2.0", "id": "cut", "method": "textDocument/hover", "params": {"textDoc')
    session.client.send_bytes(b'{"jsonrpc": "2.0", "params": {"id": 77}, "method": ')  # 77 is no top-level id
    session.client.send_bytes(b'{"jsonrpc": "2.0", "id": 4000')  # cut inside the id: it may be 40001
    session.client.send_bytes(b"\xff\xfe not json")
    error = session.error("cut")
    assert error["code"] == PARSE_ERROR
    assert "not valid JSON" in error["message"]
    assert session.code_actions() == ["Insert missing ':'"]
    assert not {77, 4000} & session.client.answered
    assert session.log().count("a message that is not valid JSON was dropped") == 3
    ends_cleanly(session)


def test_a_message_that_is_not_a_request_gets_invalid_request(session: Session):
    ready(session)
    for message, answer_id, words in [
        ([], None, "must be an object"),
        (42, None, "must be an object"),
        ("text", None, "must be an object"),
        (None, None, "must be an object"),
        ({"jsonrpc": "2.0"}, None, "needs a method"),
        ({"jsonrpc": "2.0", "id": 3000}, 3000, "needs a method"),
        ({"jsonrpc": "2.0", "id": 3001, "method": 7}, 3001, "method must be a string"),
        ({"jsonrpc": "1.0", "id": 3002, "method": "shutdown"}, 3002, "jsonrpc must be"),
        ({"jsonrpc": "2.0", "id": [1], "method": "shutdown"}, None, "id must be an integer or a string"),
        ({"jsonrpc": "2.0", "id": True, "method": "shutdown"}, None, "id must be an integer or a string"),
    ]:
        session.client.send_bytes(json.dumps(message).encode())
        error = session.error(answer_id)
        assert error["code"] == INVALID_REQUEST, (message, error)
        assert words in error["message"], (message, error)
        # Still up, and not shut down by the shutdowns refused above.
        assert session.code_actions() == ["Insert missing ':'"]
    ends_cleanly(session)


def test_responses_to_no_request_are_dropped_without_an_answer(session: Session):
    ready(session)
    session.client.send_bytes(json.dumps({"jsonrpc": "2.0", "id": "not-ours", "result": {"x": 1}}).encode())
    session.client.send_bytes(json.dumps({"jsonrpc": "2.0", "id": "also-not-ours", "error": "not an object"}).encode())
    assert session.code_actions() == ["Insert missing ':'"]
    assert None not in session.client.answered  # a response is never answered
    ends_cleanly(session)


def test_an_unreadable_response_fails_the_request_that_waited_for_it(session: Session):
    """The editor answers the server's workspace/applyEdit with junk: the command that
    asked for the edit must fail with a reason, not wait forever."""
    ready(session)
    session.client.replies["workspace/applyEdit"] = {"applied": "maybe", "failedChange": "x"}
    reply = session.client.call("workspace/executeCommand", {"command": "greenfix.fixFile", "arguments": [session.uri]}, 15)
    assert "error" in reply, reply
    assert "could not be read" in reply["error"]["message"]
    session.client.replies["workspace/applyEdit"] = {"applied": False}
    reply = session.client.call("workspace/executeCommand", {"command": "greenfix.fixFile", "arguments": [session.uri]}, 15)
    assert reply["result"]["applied"] is False
    ends_cleanly(session)
