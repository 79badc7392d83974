"""A pytest plugin that records each test's result as a JSON line.

Runs INSIDE the project's interpreter, which does not have greenfix installed:
this file uses only the standard library and pytest, and is loaded by path.

Records (one JSON object per line, flushed as they happen so a killed run keeps them):
  {"event": "start", "nodeid"}                         a test began (a lone start means it never ended)
  {"event": "test", "nodeid", "outcome", "message", "traceback": [[path, line, function]],
   "longrepr", "output", "locals", "duration", "coverage": [lines] | null,
   "phase": "setup" | "call" | "teardown" | null (where it failed), "fixture": name | null,
   "functions": [[path, first line]] | null (project functions it executed),
   "calls": [result] | null (what the recorded function returned, call by call, with what its arguments hold after it: call_record),
   "arguments": [base64 pickle of its arguments] | null (the first calls'),
   "watched": {line: ["TF?E..."]} | null (at watched lines of the recorded function, or of
   the comprehensions it runs for the lines the request names, each expression's truth:
   T, F, E when it raised, ? when not evaluated)}
  {"event": "functions", "functions": [[path, first line]]}   executed while collecting (imports)
  {"event": "collect_error", "nodeid", "longrepr"}
  {"event": "usage_error", "message"}                  bad arguments, unknown node id, broken conftest
  {"event": "collected", "node_ids"}
  {"event": "done", "exitstatus"}
"""

from __future__ import annotations

import base64
import json
import os
import pickle
import re
import signal
import sys
from itertools import islice
from types import FrameType, TracebackType
from typing import IO, Any

import pytest

_LOCAL_REPR_LIMIT = 200
_CALLS_LIMIT = 500  # results recorded per test
_ARGUMENTS_LIMIT = 10  # calls whose arguments are kept, per test
_ARGUMENTS_BYTES = 64 * 1024
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_WATCHED_LIMIT = 50  # observations kept per watched line, per test
_EVALUATIONS_LIMIT = 10_000  # watched expressions evaluated per test: a few milliseconds
_COMPREHENSIONS = frozenset({"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"})


class ProjectPaths:
    """Which code files are the project's, and their paths relative to the root. Each
    file is resolved once: a test executes thousands of codes, a failure's traceback
    passes through dozens of pytest's frames, and resolving a path is a few system calls."""

    def __init__(self, root: str) -> None:
        self.root = os.path.realpath(root) + os.sep
        self._known: dict[str, str | None] = {}

    def relative(self, filename: str) -> str | None:
        """The file's path relative to the root, or None when it is not a project file."""
        if filename not in self._known:
            # Not "<frozen ...>" or "<string>" code.
            path = os.path.realpath(filename) if os.path.isabs(filename) else ""
            inside = path.startswith(self.root) and "site-packages" not in path
            self._known[filename] = path[len(self.root) :] if inside else None
        return self._known[filename]


class Tracer:
    """What one test executes, through one trace function (threads other than the test's
    are not traced): the lines of one file, the project functions called, and what one
    function returned at each call. A function that is none of these costs one set insert
    per call and no line events."""

    def __init__(
        self, paths: ProjectPaths, lines_of: str | None, functions: bool, calls_of: tuple[str, int] | None,
        watches: dict[int, list[str]] | None = None, comprehension_lines: frozenset[int] = frozenset(),
    ) -> None:
        self._paths = paths
        root = paths.root
        self._lines_of = os.path.realpath(os.path.join(root, lines_of)) if lines_of else None
        self._calls_of = (os.path.realpath(os.path.join(root, calls_of[0])), calls_of[1]) if calls_of else None
        self._functions = functions
        self._is_lines_file: dict[str, bool] = {}
        self._codes: set[Any] = set()
        self.lines: set[int] = set()
        self.calls: list[str] = []
        self.arguments: list[str] = []  # the recorded function's arguments at each call, pickled
        # Expressions evaluated in the recorded function's frame when a line is reached ("" is skipped).
        self._watches = {line: [_compiled(e) for e in expressions] for line, expressions in (watches or {}).items()}
        self.watched: dict[int, list[str]] = {}
        self._evaluations = 0
        # Watched lines whose condition is a comprehension's filter: evaluated in the
        # comprehension's frame, not in the function's. From Python 3.12 on a comprehension
        # runs in the function's frame (PEP 709), where its lines are watched like any.
        self._comprehension_lines = comprehension_lines if sys.version_info < (3, 12) else frozenset()

    @property
    def active(self) -> bool:
        return bool(self._lines_of or self._calls_of or self._functions)

    @property
    def records_lines(self) -> bool:
        return self._lines_of is not None

    @property
    def records_functions(self) -> bool:
        return self._functions

    @property
    def records_calls(self) -> bool:
        return self._calls_of is not None

    def start(self) -> None:
        self.reset()
        self.resume()

    def reset(self) -> None:
        self.lines, self.calls, self.arguments, self._codes, self.watched = set(), [], [], set(), {}
        self._evaluations = 0

    def resume(self) -> None:
        if self.active:
            sys.settrace(self._on_call)

    def stop(self) -> None:
        sys.settrace(None)

    def functions(self) -> list[list[Any]] | None:
        """[path relative to the root, first line] of every project function executed."""
        if not self._functions:
            return None
        found = set()
        for code in self._codes:
            # Not a module's own code, which starts at line 1 like a function may.
            if code.co_name != "<module>" and (path := self._paths.relative(code.co_filename)) is not None:
                found.add((path, code.co_firstlineno))
        return sorted([list(f) for f in found])

    def _on_call(self, frame: FrameType, event: str, arg: object) -> Any:
        code = frame.f_code
        self._codes.add(code)
        if self._calls_of is not None and code.co_firstlineno == self._calls_of[1] and self._is(code.co_filename, self._calls_of[0]):
            return self._recording(frame)
        if self._comprehension_lines and code.co_name in _COMPREHENSIONS and (outer := frame.f_back) is not None:
            if outer.f_code.co_firstlineno == self._calls_of[1] and self._is(outer.f_code.co_filename, self._calls_of[0]):
                return self._watching_comprehension(outer)
        if self._lines_of is not None:
            filename = code.co_filename
            known = self._is_lines_file.get(filename)
            if known is None:
                known = self._is_lines_file[filename] = os.path.realpath(filename) == self._lines_of
            return self._on_line if known else None
        return None

    def _is(self, filename: str, path: str) -> bool:
        known = self._is_lines_file.get("calls:" + filename)
        if known is None:
            known = self._is_lines_file["calls:" + filename] = os.path.realpath(filename) == path
        return known

    def _on_line(self, frame: FrameType, event: str, arg: object) -> Any:
        if event == "line":
            self.lines.add(frame.f_lineno)
        return self._on_line

    def _recording(self, frame: FrameType) -> Any:
        """A local trace function for one call of the recorded function: its lines (when it
        is in the lines file) and its result: the value returned, or the exception's type
        (see call_record)."""
        raised: list[str] = []
        if len(self.arguments) < _ARGUMENTS_LIMIT:
            self.arguments.extend(_pickled_arguments(frame))
        lines = self._lines_of is not None and self._is(frame.f_code.co_filename, self._lines_of)
        given = _changeable_arguments(frame)

        def trace(frame: FrameType, event: str, arg: Any) -> Any:
            if event == "line":
                raised.clear()  # an exception caught inside the function
                if lines:
                    self.lines.add(frame.f_lineno)
                if frame.f_lineno in self._watches and frame.f_lineno not in self._comprehension_lines:
                    self._watch(frame, frame.f_locals)
            elif event == "exception":
                raised[:] = [arg[0].__name__]
            elif event == "return" and len(self.calls) < _CALLS_LIMIT:
                self.calls.append(f"raise {raised[0]}" if raised else call_record(arg, given))
            return trace

        return trace

    def _watching_comprehension(self, outer: FrameType) -> Any:
        """A local trace function for a comprehension the recorded function runs: its lines,
        and its filter's watches, evaluated on its names and the function's."""
        lines = self._lines_of is not None and self._is(outer.f_code.co_filename, self._lines_of)

        def trace(frame: FrameType, event: str, arg: Any) -> Any:
            if event == "line":
                if lines:
                    self.lines.add(frame.f_lineno)
                if frame.f_lineno in self._comprehension_lines:
                    self._watch(frame, {**outer.f_locals, **frame.f_locals})
            return trace

        return trace

    def _watch(self, frame: FrameType, names: dict[str, Any]) -> None:
        seen, codes = self.watched.setdefault(frame.f_lineno, []), self._watches[frame.f_lineno]
        if len(seen) < _WATCHED_LIMIT and self._evaluations + len(codes) <= _EVALUATIONS_LIMIT:
            self._evaluations += len(codes)
            seen.append("".join(_truth(code, frame.f_globals, names) for code in codes))


def _compiled(expression: str) -> Any:
    try:
        return compile(expression, "<watch>", "eval") if expression else None
    except SyntaxError:
        return None


def _truth(code: Any, globals_: dict[str, Any], names: dict[str, Any]) -> str:
    """T or F: what `code` is worth on the names, as a condition; E: it raised; ?: not evaluated."""
    if code is None:
        return "?"
    try:
        return "T" if eval(code, globals_, names) else "F"
    except Exception:
        return "E"


_UNCHANGEABLE = (int, float, complex, str, bytes, bool, type(None), tuple, frozenset, range)


def call_record(result: Any, given: list[Any]) -> str:
    """What a call did, recorded and probed alike: the value it returned and, after it,
    what the objects it was given hold (`self`, a card, a list of customers): what a
    procedure does is what it changes, and a function may change them too."""
    return " ; ".join([stable_repr(result), *(stable_repr(value) for value in given)])


def changeable(values: list[Any]) -> list[Any]:
    """The objects among a call's arguments that it may change: not numbers, text or tuples."""
    return [value for value in values if not isinstance(value, _UNCHANGEABLE) and not callable(value)]


def _changeable_arguments(frame: FrameType) -> list[Any]:
    code = frame.f_code
    names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
    return changeable([frame.f_locals.get(name) for name in names])


def _pickled_arguments(frame: FrameType) -> list[str]:
    """The call's arguments as they came in (a function's locals, before its first line),
    pickled: [] when they cannot be (a file, a lock, a generator)."""
    try:
        data = pickle.dumps(dict(frame.f_locals), protocol=4)
    except Exception:
        return []
    return [base64.b64encode(data).decode("ascii")] if len(data) <= _ARGUMENTS_BYTES else []


def stable_repr(value: Any, depth: int = 0) -> str:
    """A repr that is the same in every process: no memory addresses, sets in sorted
    order, plain objects by their attributes; cut at _LOCAL_REPR_LIMIT characters."""
    try:
        text = _stable(value, depth)
    except Exception as error:  # a broken __repr__ must not break the run
        text = f"<repr failed: {type(error).__name__}>"
    return text if len(text) <= _LOCAL_REPR_LIMIT else text[: _LOCAL_REPR_LIMIT - 3] + "..."


def _stable(value: Any, depth: int) -> str:
    if depth > 3:
        return "..."
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(_stable(v, depth + 1) for v in value)) + "}"
    value = _head(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_stable(k, depth + 1)}: {_stable(v, depth + 1)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        inner = ", ".join(_stable(v, depth + 1) for v in value)
        return f"[{inner}]" if isinstance(value, list) else f"({inner})"
    if type(value).__repr__ is object.__repr__:
        attributes = getattr(value, "__dict__", None)
        shown = _stable(attributes, depth + 1) if isinstance(attributes, dict) else ""
        return f"{type(value).__qualname__}({shown})"
    return _ADDRESS.sub("", repr(value))


class TestTimedOut(BaseException):
    """Raised in a test that runs past its time limit. A BaseException, so that the
    test's own `except Exception` cannot swallow it; pytest reports it as a failure."""

    __test__ = False


class Recorder:
    """The plugin object; `begin` points it at a results file before each run."""

    def __init__(self, root: str) -> None:
        self._paths = ProjectPaths(root)
        # The root as the tests' tracebacks may spell it, real or not.
        self._roots = sorted({self._paths.root, os.path.abspath(root) + os.sep}, key=len, reverse=True)
        self._out: IO[str] | None = None
        self._tracer: Tracer | None = None
        self._reports: list[Any] = []
        self._failure: dict[str, dict[str, Any]] = {}
        self._test_timeout: float | None = None
        self._stop_at_failure = False
        self._stop_at_timeout = False
        self._session: Any = None
        self._timed_out = False

    def begin(self, request: dict[str, Any]) -> None:
        self._out = open(request["results"], "w", encoding="utf-8")
        calls_of = request.get("calls_of")
        watches = {int(line): expressions for line, expressions in (request.get("watches") or {}).items()}
        tracer = Tracer(
            self._paths, request.get("coverage_file"), bool(request.get("functions")), tuple(calls_of) if calls_of else None, watches,
            frozenset(request.get("comprehension_lines") or ()),
        )
        self._tracer = tracer if tracer.active else None
        self._test_timeout = request.get("test_timeout")
        self._stop_at_failure = bool(request.get("stop_at_failure"))
        self._stop_at_timeout = bool(request.get("stop_at_timeout"))
        if self._tracer is not None and self._tracer.records_functions and not request["collect_only"]:
            # Until the first test: the functions collection (imports) executes. Nothing
            # else traced before a test is kept, and tracing a collection costs more than
            # running a few small tests.
            self._tracer.start()

    def emit(self, record: dict[str, Any]) -> None:
        if self._out is not None:
            self._out.write(json.dumps(record) + "\n")
            self._out.flush()

    def finish(self, exitstatus: int) -> None:
        self.emit({"event": "done", "exitstatus": int(exitstatus)})
        if self._out is not None:
            self._out.close()

    # pytest hooks

    def pytest_collectreport(self, report: Any) -> None:
        if report.failed:
            self.emit({"event": "collect_error", "nodeid": report.nodeid, "longrepr": str(report.longrepr)})

    def pytest_collection_finish(self, session: Any) -> None:
        self._session = session
        self.emit({"event": "collected", "node_ids": [item.nodeid for item in session.items]})
        if self._tracer is not None:
            self._tracer.stop()
            functions = self._tracer.functions()
            if functions:
                self.emit({"event": "functions", "functions": functions})

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(self, item: Any) -> Any:
        """The per-test time limit: an interval timer interrupts a test that runs too
        long where it is (a loop, a sleep), so it fails with that traceback alone."""
        if not self._test_timeout:
            yield from self._traced()
            return

        def interrupt(signum: int, frame: FrameType | None) -> None:
            self._timed_out = True
            raise TestTimedOut(f"the test ran longer than {self._test_timeout:g} s")

        previous = signal.signal(signal.SIGALRM, interrupt)
        signal.setitimer(signal.ITIMER_REAL, self._test_timeout)
        try:
            yield from self._traced()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_setup(self, item: Any) -> Any:
        yield from self._traced()

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_teardown(self, item: Any) -> Any:
        yield from self._traced()

    def _traced(self) -> Any:
        """A test's phase (setup, call, teardown), traced. Only the phases: pytest's own
        work between them (reports, tracebacks of failures) is most of the calls a
        traced test makes, and none of them is the test's."""
        tracer = self._tracer
        if tracer is None:
            yield
            return
        tracer.resume()
        try:
            yield
        finally:
            tracer.stop()

    def pytest_runtest_logstart(self, nodeid: str, location: Any) -> None:
        self._reports = []
        self._failure = {}
        self._timed_out = False
        self.emit({"event": "start", "nodeid": nodeid})
        if self._tracer is not None:
            self._tracer.reset()

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: Any, call: Any) -> Any:
        if call.excinfo is not None:
            self._start_at_project_code(call.excinfo)
        outcome = yield
        report = outcome.get_result()
        if report.failed and call.excinfo is not None:
            self._failure[report.when] = self._describe(call.excinfo)
            if report.when != "call":
                self._failure[report.when]["fixture"] = _failing_fixture(item, call.excinfo)

    def pytest_runtest_logreport(self, report: Any) -> None:
        self._reports.append(report)
        if report.failed and self._session is not None:
            if self._stop_at_failure:
                self._session.shouldstop = "greenfix: the first failure is enough"
            elif self._stop_at_timeout and self._timed_out:
                self._session.shouldstop = "greenfix: the first test out of time is enough"

    def pytest_runtest_logfinish(self, nodeid: str, location: Any) -> None:
        tracer = self._tracer
        if tracer is not None:
            tracer.stop()
        failing = next((report for report in self._reports if report.failed), None)
        details = self._failure.get(failing.when, {}) if failing is not None else {}
        last = self._reports[-1] if self._reports else None
        self.emit(
            {
                "event": "test",
                "nodeid": nodeid,
                "outcome": "timeout" if self._timed_out else _outcome(self._reports),
                "message": details.get("message", _skip_reason(self._reports)),
                "traceback": details.get("traceback", []),
                "longrepr": self._relative_paths(str(failing.longrepr)) if failing is not None else "",
                "output": "".join(f"--- {title} ---\n{text}" for title, text in (last.sections if last else [])),
                "locals": details.get("locals", {}),
                "duration": sum(report.duration for report in self._reports),
                "coverage": sorted(tracer.lines) if tracer is not None and tracer.records_lines else None,
                "phase": failing.when if failing is not None else None,
                "fixture": details.get("fixture"),
                "functions": tracer.functions() if tracer is not None else None,
                "calls": tracer.calls if tracer is not None and tracer.records_calls else None,
                "arguments": tracer.arguments if tracer is not None and tracer.records_calls else None,
                "watched": tracer.watched if tracer is not None and tracer.watched else None,
            }
        )

    # helpers

    def _describe(self, excinfo: Any) -> dict[str, Any]:
        frames = _frames(excinfo.tb)
        in_project = [index for index, (frame, _) in enumerate(frames) if self._paths.relative(frame.f_code.co_filename) is not None]
        # The story starts at the first project frame (the test); before it are pytest and its plugins.
        shown = frames[in_project[0] :] if in_project else frames
        return {
            "message": _message(excinfo),
            "traceback": [
                [self._paths.relative(frame.f_code.co_filename) or frame.f_code.co_filename, line, frame.f_code.co_name]
                for frame, line in shown
            ],
            "locals": _local_reprs(frames[in_project[-1]][0]) if in_project else {},
        }

    def _start_at_project_code(self, excinfo: Any) -> None:
        """pytest's report of a failure starts at the first project frame (the test), as
        the traceback greenfix reads does: with `--tb=native` pytest would format, in every
        failing test of every candidate, the two dozen frames of its own and of pluggy
        that lead to the test, and show them first."""
        entries = excinfo.traceback
        first = next((i for i, entry in enumerate(entries) if self._paths.relative(entry.frame.code.raw.co_filename) is not None), 0)
        if first:
            excinfo.traceback = entries[first:]

    def _relative_paths(self, report: str) -> str:
        """A failure's report with project paths relative to the root: the same failure
        reads the same from any copy of the project (a prompt recorded for replay, say)."""
        for root in self._roots:
            report = report.replace(root, "")
        return report



def _failing_fixture(item: Any, excinfo: Any) -> str | None:
    """The fixture whose code raised (the innermost frame in a fixture function), or the
    fixture pytest could not find or set up, as its message names it."""
    fixture_codes = {}
    for name, definitions in getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {}).items():
        for definition in definitions:
            code = getattr(getattr(definition, "func", None), "__code__", None)
            if code is not None:
                fixture_codes[code] = name
    for frame, _ in reversed(_frames(excinfo.tb)):
        if frame.f_code in fixture_codes:
            return fixture_codes[frame.f_code]
    found = re.search(r"fixture '([^']+)' not found", str(excinfo.value))
    return found.group(1) if found else None


def _frames(tb: TracebackType | None) -> list[tuple[FrameType, int]]:
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    return frames


def _outcome(reports: list[Any]) -> str:
    for report in reports:
        if report.failed:
            return "failed" if report.when == "call" else "error"
    if any(report.skipped for report in reports):
        return "skipped"
    return "passed"


def _skip_reason(reports: list[Any]) -> str:
    for report in reports:
        if report.skipped and isinstance(report.longrepr, tuple):
            return str(report.longrepr[2])
    return ""


def _message(excinfo: Any) -> str:
    """One line: "assert 5 == 6" for assertions, "ZeroDivisionError: division by zero" otherwise."""
    lines = excinfo.exconly().strip().splitlines()
    first = lines[0] if lines else excinfo.typename
    prefix = "AssertionError: "
    return first[len(prefix) :] if first.startswith(prefix) and len(first) > len(prefix) else first


def _local_reprs(frame: FrameType) -> dict[str, str]:
    reprs = {}
    for name, value in frame.f_locals.items():
        if name.startswith("@"):  # pytest's assertion-rewriting temporaries
            continue
        try:
            text = repr(_head(value))
        except Exception as error:  # a broken __repr__ must not break the report
            text = f"<repr failed: {type(error).__name__}>"
        reprs[name] = text if len(text) <= _LOCAL_REPR_LIMIT else text[: _LOCAL_REPR_LIMIT - 3] + "..."
    return reprs


def _head(value: Any) -> Any:
    """A long list, tuple or dict cut to its first _LOCAL_REPR_LIMIT items: the first
    _LOCAL_REPR_LIMIT characters of its repr stay the same, and a huge one (a list an
    edit doubled until memory ran out) is never turned into text whole."""
    if type(value) in (list, tuple) and len(value) > _LOCAL_REPR_LIMIT:
        return value[:_LOCAL_REPR_LIMIT]
    if type(value) is dict and len(value) > _LOCAL_REPR_LIMIT:
        return dict(islice(value.items(), _LOCAL_REPR_LIMIT))
    return value
