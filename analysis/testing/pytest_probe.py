"""A pytest plugin that records each test's result as a JSON line.

Runs INSIDE the project's interpreter, which does not have greenfix installed:
this file uses only the standard library and pytest, and is loaded by path.

Records (one JSON object per line, flushed as they happen so a killed run keeps them):
  {"event": "start", "nodeid"}                         a test began (a lone start means it never ended)
  {"event": "test", "nodeid", "outcome", "message", "traceback": [[path, line, function]],
   "longrepr", "output", "locals", "duration", "coverage": [lines] | null}
  {"event": "collect_error", "nodeid", "longrepr"}
  {"event": "usage_error", "message"}                  bad arguments, unknown node id, broken conftest
  {"event": "collected", "node_ids"}
  {"event": "done", "exitstatus"}
"""

from __future__ import annotations

import json
import os
import signal
import sys
from types import FrameType, TracebackType
from typing import IO, Any

import pytest

_LOCAL_REPR_LIMIT = 200


class LineTracer:
    """Executed line numbers of one file, via a trace function that ignores every other file."""

    def __init__(self, target: str) -> None:
        self._target = os.path.realpath(target)
        self._is_target: dict[str, bool] = {}
        self.lines: set[int] = set()

    def start(self) -> None:
        self.lines = set()
        sys.settrace(self._on_call)

    def stop(self) -> list[int]:
        sys.settrace(None)
        return sorted(self.lines)

    def _on_call(self, frame: FrameType, event: str, arg: object) -> Any:
        filename = frame.f_code.co_filename
        known = self._is_target.get(filename)
        if known is None:
            known = self._is_target[filename] = os.path.realpath(filename) == self._target
        return self._on_line if known else None

    def _on_line(self, frame: FrameType, event: str, arg: object) -> Any:
        if event == "line":
            self.lines.add(frame.f_lineno)
        return self._on_line


class TestTimedOut(BaseException):
    """Raised in a test that runs past its time limit. A BaseException, so that the
    test's own `except Exception` cannot swallow it; pytest reports it as a failure."""

    __test__ = False


class Recorder:
    """The plugin object; `begin` points it at a results file before each run."""

    def __init__(self, root: str) -> None:
        self._root = os.path.realpath(root) + os.sep
        self._out: IO[str] | None = None
        self._tracer: LineTracer | None = None
        self._reports: list[Any] = []
        self._failure: dict[str, dict[str, Any]] = {}
        self._test_timeout: float | None = None
        self._timed_out = False

    def begin(self, results_path: str, coverage_file: str | None, test_timeout: float | None = None) -> None:
        self._out = open(results_path, "w", encoding="utf-8")
        self._tracer = LineTracer(os.path.join(self._root, coverage_file)) if coverage_file else None
        self._test_timeout = test_timeout

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
        self.emit({"event": "collected", "node_ids": [item.nodeid for item in session.items]})

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(self, item: Any) -> Any:
        """The per-test time limit: an interval timer interrupts a test that runs too
        long where it is (a loop, a sleep), so it fails with that traceback alone."""
        if not self._test_timeout:
            yield
            return

        def interrupt(signum: int, frame: FrameType | None) -> None:
            self._timed_out = True
            raise TestTimedOut(f"the test ran longer than {self._test_timeout:g} s")

        previous = signal.signal(signal.SIGALRM, interrupt)
        signal.setitimer(signal.ITIMER_REAL, self._test_timeout)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    def pytest_runtest_logstart(self, nodeid: str, location: Any) -> None:
        self._reports = []
        self._failure = {}
        self._timed_out = False
        self.emit({"event": "start", "nodeid": nodeid})
        if self._tracer is not None:
            self._tracer.start()

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: Any, call: Any) -> Any:
        outcome = yield
        report = outcome.get_result()
        if report.failed and call.excinfo is not None:
            self._failure[report.when] = self._describe(call.excinfo)

    def pytest_runtest_logreport(self, report: Any) -> None:
        self._reports.append(report)

    def pytest_runtest_logfinish(self, nodeid: str, location: Any) -> None:
        coverage = self._tracer.stop() if self._tracer is not None else None
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
                "longrepr": str(failing.longrepr) if failing is not None else "",
                "output": "".join(f"--- {title} ---\n{text}" for title, text in (last.sections if last else [])),
                "locals": details.get("locals", {}),
                "duration": sum(report.duration for report in self._reports),
                "coverage": coverage,
            }
        )

    # helpers

    def _describe(self, excinfo: Any) -> dict[str, Any]:
        frames = _frames(excinfo.tb)
        in_project = [index for index, (frame, _) in enumerate(frames) if self._in_project(frame.f_code.co_filename)]
        # The story starts at the first project frame (the test); before it are pytest and its plugins.
        shown = frames[in_project[0] :] if in_project else frames
        return {
            "message": _message(excinfo),
            "traceback": [
                [self._display_path(frame.f_code.co_filename), line, frame.f_code.co_name] for frame, line in shown
            ],
            "locals": _local_reprs(frames[in_project[-1]][0]) if in_project else {},
        }

    def _in_project(self, filename: str) -> bool:
        path = os.path.realpath(filename)
        return path.startswith(self._root) and "site-packages" not in path

    def _display_path(self, filename: str) -> str:
        path = os.path.realpath(filename)
        return path[len(self._root) :] if self._in_project(filename) else filename


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
            text = repr(value)
        except Exception as error:  # a broken __repr__ must not break the report
            text = f"<repr failed: {type(error).__name__}>"
        reprs[name] = text if len(text) <= _LOCAL_REPR_LIMIT else text[: _LOCAL_REPR_LIMIT - 3] + "..."
    return reprs
