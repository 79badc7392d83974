"""hypothesis drives `greenfix serve` with valid, odd and broken messages.

Each example is a fresh server in a small workspace. After every step the server must
answer a cheap request; when typing pauses, its published syntax diagnostics for each open
document must equal those of a fresh parse of the text the client holds (tracked by
`mirror.apply_change`, the server's clamping rules); at the end its log must show no
traceback or error, and it must shut down cleanly.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

import greenfix.analysis
import greenfix.server
from greenfix.analysis.document import SourceDocument
from greenfix.analysis.syntax import find_problems
from tests.fuzz.client import RawClient, ServerGone
from tests.fuzz.mirror import apply_change

# Longer than the server's settle delay (0.3 s after the last change): what the server shows
# once typing pauses. Patience: how long a fresh parse of a large file may take to show.
SETTLE_SECONDS = 0.4
PATIENCE_SECONDS = 10.0
# Messages between two pauses, at least: a pause costs SETTLE_SECONDS.
MESSAGES_BETWEEN_PAUSES = 8
UINTEGER_MAX = 2**31 - 1
HUGE_BYTES = 3 * 1024 * 1024
HUGE_DOCUMENT_BYTES = 1024 * 1024
COMMANDS = ["greenfix.fixFile", "greenfix.runTests", "greenfix.refine", "greenfix.rewriteFunction", "no.such.command"]
REQUESTS = [
    "textDocument/codeAction",
    "codeAction/resolve",
    "textDocument/hover",
    "textDocument/completion",
    "workspace/executeCommand",
    "no/such/request",
]
FRAGMENTS = [
    "def f(x):\n", "    return x\n", "class C:\n", "    pass\n", "if a:", "else:", "(", ")", "[", "]", "{", "}",
    ":", "\n", "\r\n", "\r", "    ", "\t", "'", '"', "'''", "#", "lambda", "é", "😀", "\u200b", "\udc00", "x = 1\n",
    "f(", "async def g():\n", "await", "@d\n", "return", "import os\n", "print(", "\\", "0x", "1e", "...",
]
TEXT = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=10).map("".join)
ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=4,
)


@dataclass
class Figures:
    """What one run of the machine did, over all its examples."""

    messages: int = 0
    servers: int = 0
    examples: int = 0
    settle_checks: int = 0
    requests: int = 0
    unanswered: int = 0  # requests that got neither a result nor an error
    crashes: list[str] = field(default_factory=list)
    # Broken invariants, kept here too: hypothesis replays a failing example to print it,
    # and on a server that has moved on the replay may fail elsewhere or not at all.
    failures: list[str] = field(default_factory=list)
    noise: Counter[str] = field(default_factory=Counter)


FIGURES = Figures()
# hypothesis ends an example when its choice buffer fills, after about this many of our steps.
STEPS_PER_EXAMPLE = 140


def fuzz_settings(messages: int, derandomize: bool) -> settings:
    """Examples enough for `messages`. No shrinking: the failing sequence prints as it ran
    (on a server that may have seen earlier examples: the log names the server's folder)."""
    return settings(
        max_examples=messages // STEPS_PER_EXAMPLE + 1,
        stateful_step_count=STEPS_PER_EXAMPLE * 2,
        derandomize=derandomize,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )


def fail(message: str) -> NoReturn:
    FIGURES.failures.append(message)
    raise AssertionError(message)


@functools.lru_cache(maxsize=64)
def expected_diagnostics(text: str) -> list[tuple[int, int, int, int, str]]:
    """A fresh parse's syntax problems as LSP (UTF-16) ranges with their messages."""
    document = SourceDocument(text)
    problems = []
    for problem in find_problems(document):
        start = document.index.position_of(problem.start, "utf-16")
        end = document.index.position_of(problem.end, "utf-16")
        problems.append((start.line, start.character, end.line, end.character, problem.message))
    return sorted(problems)


def published_diagnostics(params: dict[str, Any] | None) -> list[tuple[int, int, int, int, str]]:
    if params is None:
        return []
    found = []
    for diagnostic in params["diagnostics"]:
        if diagnostic.get("code") == "syntax-error":
            start, end = diagnostic["range"]["start"], diagnostic["range"]["end"]
            found.append((start["line"], start["character"], end["line"], end["character"], diagnostic["message"]))
    return sorted(found)


# A log entry without its time stamp and request specifics, to count entries of one kind.
_ERROR_KIND = re.compile(r'^\S+ \S+ |"[^"]*"|\d+|: .*$')
GREENFIX_CODE = tuple(str(Path(package.__file__).parent) for package in (greenfix.analysis, greenfix.server))
_ENTRY_START = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ ", re.MULTILINE)


def log_findings(text: str) -> tuple[list[str], list[str]]:
    """The log's errors: (crashes: tracebacks of exceptions raised in greenfix's own code,
    noise: other ERROR entries, such as pygls rejecting a malformed message)."""
    crashes, noise = [], []
    for entry in _ENTRY_START.split(text):
        frames = re.findall(r'File "([^"]+)"', entry)
        if frames and frames[-1].startswith(GREENFIX_CODE):
            crashes.append(entry.strip())
        elif " ERROR " in f" {entry}" or frames:
            noise.append(entry.strip().splitlines()[0])
    return crashes, noise


class Server:
    """One `greenfix serve` in a small workspace, shared by the examples of a run: starting
    one costs seconds, and a server that has seen more is a better target."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="greenfix-fuzz-"))
        self.workspace = self.folder / "workspace"
        (self.workspace / "tests").mkdir(parents=True)
        (self.workspace / "pyproject.toml").write_text("[project]\nname = 'fuzzed'\n")
        (self.workspace / "tests" / "test_ok.py").write_text("def test_ok():\n    assert True\n")
        self.log_path = self.folder / "server.log"
        self.client = RawClient(self.log_path, self.workspace)
        self._log_read = 0
        self.client.call(
            "initialize",
            {"processId": None, "rootUri": self.workspace.as_uri(), "capabilities": {"window": {"workDoneProgress": True}}},
        )
        self.client.notify("initialized", {})
        FIGURES.servers += 1

    def new_crashes(self) -> list[str]:
        """Crashes logged since the last call; the other errors go to FIGURES.noise."""
        with open(self.log_path, "rb") as log:
            log.seek(self._log_read)
            text = log.read().decode(errors="replace")
        # Only whole entries: one may still be being written.
        text = text[: text.rfind("\n") + 1]
        self._log_read += len(text.encode(errors="replace"))
        crashes, noise = log_findings(text)
        FIGURES.crashes += crashes
        FIGURES.noise.update(_ERROR_KIND.sub("", line) for line in noise)
        return crashes

    def stop(self) -> int | None:
        """Shut the server down: its exit status (None if it had to be killed)."""
        FIGURES.requests += len(self.client.requested)
        FIGURES.unanswered += len(self.client.unanswered(timeout=PATIENCE_SECONDS))
        status = self.client.close()
        self.new_crashes()
        shutil.rmtree(self.folder, ignore_errors=True)
        return status


_SERVER: Server | None = None


def running_server() -> Server:
    global _SERVER
    if _SERVER is None or _SERVER.client.process.poll() is not None:
        _SERVER = Server()
    return _SERVER


def stop_server() -> int | None:
    """End the run's server; its exit status, which must be 0."""
    global _SERVER
    server, _SERVER = _SERVER, None
    return server.stop() if server is not None else 0


class ServerMachine(RuleBasedStateMachine):
    # False for the long run, which counts every crash instead of stopping at the first.
    stop_at_crash = True

    def __init__(self) -> None:
        super().__init__()
        self.server = running_server()
        self.client = self.server.client
        self.workspace = self.server.workspace
        self.texts: dict[str, str] = {}
        self.versions: dict[str, int] = {}
        self.recent: list[int] = []
        self.unchecked = 0  # messages since diagnostics were last compared
        FIGURES.examples += 1

    def uri(self, number: int) -> str:
        return (self.workspace / f"doc{number}.py").as_uri()

    def sent(self) -> None:
        FIGURES.messages += 1
        self.unchecked += 1

    # the editor's messages, valid or not

    @rule(number=st.integers(0, 3), text=TEXT, version=st.integers(-5, 50))
    def open_document(self, number: int, text: str, version: int) -> None:
        uri = self.uri(number)
        self.client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": version, "text": text}})
        self.texts[uri], self.versions[uri] = text, version
        self.sent()

    @rule(
        number=st.integers(0, 3),
        version=st.integers(-5, 200),
        changes=st.lists(
            st.tuples(
                st.integers(0, 8) | st.just(UINTEGER_MAX),
                st.integers(0, 12) | st.just(UINTEGER_MAX),
                st.integers(0, 8) | st.just(UINTEGER_MAX),
                st.integers(0, 12),
                TEXT,
                st.booleans(),
            ),
            min_size=1,
            max_size=4,
        ),
    )
    def change_document(self, number: int, version: int, changes: list[tuple[int, int, int, int, str, bool]]) -> None:
        uri = self.uri(number)
        content = []
        for start_line, start_character, end_line, end_character, text, whole in changes:
            if whole and start_line == 0:
                content.append({"text": text})
            else:
                start = {"line": start_line, "character": start_character}
                content.append({"range": {"start": start, "end": {"line": end_line, "character": end_character}}, "text": text})
        self.client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": content})
        if uri in self.texts:
            for change in content:
                self.texts[uri] = apply_change(self.texts[uri], change)
            self.versions[uri] = version
        self.sent()

    @rule(number=st.integers(0, 4))
    def close_document(self, number: int) -> None:
        uri = self.uri(number)
        self.client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        self.texts.pop(uri, None)
        self.versions.pop(uri, None)
        self.sent()

    @rule(
        method=st.sampled_from(REQUESTS),
        number=st.integers(0, 5),
        line=st.integers(0, 10) | st.just(UINTEGER_MAX),
        character=st.integers(0, 20),
        extra=ANY_JSON,
    )
    def request_on_a_document(self, method: str, number: int, line: int, character: int, extra: Any) -> None:
        """Requests with valid shapes on open and closed documents, and odd data inside."""
        document = {"uri": self.uri(number)}
        position = {"line": line, "character": character}
        params: dict[str, Any] = {"textDocument": document, "position": position}
        if method == "textDocument/codeAction":
            params = {"textDocument": document, "range": {"start": position, "end": position}, "context": {"diagnostics": []}}
        elif method == "codeAction/resolve":
            params = {"title": "fuzzed", "data": {"provider": "syntax", "uri": document["uri"], "extra": extra}}
        elif method == "workspace/executeCommand":
            params = {"command": COMMANDS[number % len(COMMANDS)], "arguments": [document["uri"], extra]}
        self.recent = [*self.recent[-5:], self.client.request(method, params)]
        self.sent()

    @rule(command=st.sampled_from(COMMANDS), arguments=st.lists(ANY_JSON, max_size=3))
    def execute_command_with_random_arguments(self, command: str, arguments: list[Any]) -> None:
        self.recent = [*self.recent[-5:], self.client.request("workspace/executeCommand", {"command": command, "arguments": arguments})]
        self.sent()

    @rule(which=st.integers(0, 6), as_string=st.booleans())
    def cancel_a_request(self, which: int, as_string: bool) -> None:
        target: Any = self.recent[which] if which < len(self.recent) else 10**6 + which
        self.client.notify("$/cancelRequest", {"id": str(target) if as_string else target})
        self.sent()

    @rule(
        body=st.sampled_from([b"{", b"", b"null", b"[]", b"42", b'"text"', b"\xff\xfe", b'{"jsonrpc": "2.0"}'])
        | st.binary(max_size=40)
    )
    def send_invalid_json(self, body: bytes) -> None:
        self.client.send_bytes(body)
        self.sent()

    @rule(
        method=st.sampled_from(
            ["textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/codeAction", "initialize"]
        ),
        params=ANY_JSON,
        as_request=st.booleans(),
    )
    def send_wrong_types(self, method: str, params: Any, as_request: bool) -> None:
        if as_request:
            self.client.request(method, params)
        else:
            self.client.notify(method, params)
        self.sent()

    @rule(number=st.integers(0, 3), text=TEXT)
    def send_wrong_types_for_an_open_document(self, number: int, text: str) -> None:
        """A malformed change of an open document must be refused whole: the text stays as it was."""
        uri = self.uri(number)
        self.client.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": "seven"}, "contentChanges": [{"range": text, "text": 5}]},
        )
        self.sent()

    @rule(method=st.text(min_size=1, max_size=20), params=ANY_JSON, as_request=st.booleans())
    def send_unknown_method(self, method: str, params: Any, as_request: bool) -> None:
        if as_request:
            self.client.request(f"fuzz/{method}", params)
        else:
            self.client.notify(f"fuzz/{method}", params)
        self.sent()

    @rule(kind=st.sampled_from(["document", "junk", "string"]), number=st.integers(0, 3))
    def send_a_huge_payload(self, kind: str, number: int) -> None:
        if kind == "document":
            # A document of its own that no other rule changes, so its expected diagnostics are computed once.
            uri = (self.workspace / "huge.py").as_uri()
            text = "def f(x):\n    return x + 1\n\n" * (HUGE_DOCUMENT_BYTES // 30) + "def broken(:\n"
            self.client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": number, "text": text}})
            self.texts[uri], self.versions[uri] = text, number
        elif kind == "junk":
            self.client.send_bytes(b"{" * HUGE_BYTES)
        else:
            self.client.notify("fuzz/huge", {"text": "x" * HUGE_BYTES})
        self.sent()

    @precondition(lambda self: self.unchecked >= MESSAGES_BETWEEN_PAUSES)
    @rule()
    def pause_and_compare_diagnostics(self) -> None:
        self.compare_diagnostics()

    # invariants

    @invariant()
    def answers_a_cheap_request(self) -> None:
        uri = self.uri(0)  # small, open or closed: either way an answer
        position = {"line": 0, "character": 0}
        params = {"textDocument": {"uri": uri}, "range": {"start": position, "end": position}, "context": {"diagnostics": []}}
        try:
            reply = self.client.call("textDocument/codeAction", params)
        except ServerGone as error:
            fail(f"the server no longer answers: {error}")
        if "result" not in reply:
            fail(f"the cheap request failed: {reply}")
        self.client.forget_responses()

    def compare_diagnostics(self) -> None:
        """Once typing pauses, each open document's diagnostics are a fresh parse's; closed ones have none."""
        if not self.unchecked:
            return
        FIGURES.settle_checks += 1
        time.sleep(max(0.0, self.client.last_sent + SETTLE_SECONDS - time.monotonic()))
        expected = {uri: (expected_diagnostics(text), self.versions[uri]) for uri, text in self.texts.items()}
        deadline = time.monotonic() + PATIENCE_SECONDS
        while True:
            actual = {uri: self._published(uri) for uri in {*expected, *self.client.diagnostics}}
            wanted = {uri: expected.get(uri, ([], None)) for uri in actual}
            if actual == wanted or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        for uri in actual:
            if actual[uri] != wanted[uri]:
                text = self.texts.get(uri)
                fail(
                    f"{uri}: published {actual[uri]}, a fresh parse gives {wanted[uri]} "
                    f"for the text {json.dumps(text)[:2000] if text is not None else '(closed)'}"
                )
        self.unchecked = 0

    def _published(self, uri: str) -> tuple[list[tuple[int, int, int, int, str]], int | None]:
        params = self.client.diagnostics.get(uri)
        if uri not in self.texts:
            return published_diagnostics(params), None  # withdrawn: [] with no version
        return published_diagnostics(params), params.get("version") if params else None

    def teardown(self) -> None:
        """Compare once more, close every document (the next example starts with none), read the log."""
        self.compare_diagnostics()
        for uri in list(self.texts):
            self.client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
            self.sent()
        self.texts.clear()
        self.answers_a_cheap_request()
        crashes = self.server.new_crashes()
        if crashes and self.stop_at_crash:
            fail("exceptions in greenfix's code:\n" + "\n\n".join(crashes[:5]))
