"""Running selected tests of the shadow workspace, contained: time limit, memory limit, scrubbed env.

Two runners with one interface: `SubprocessRunner` starts `pytest_worker.py --once` per run;
`WarmRunner` keeps `pytest_worker.py --serve` alive and has it fork a child per run.
Every run's process (and whatever it starts) is a process group of its own, killed as one.
Both run their processes in the sandbox (sandbox.py): bubblewrap, else Landlock, where available.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Protocol, TypeVar

from greenfix.analysis.testing.environment import runner_env
from greenfix.analysis.testing.processes import LineChannel
from greenfix.analysis.testing.records import Finish, read_collection, read_probe, read_run
from greenfix.analysis.testing.results import Collection, RunResult
from greenfix.analysis.testing.folders import owned_folder
from greenfix.analysis.testing.safe_files import create_private, read_regular, remove
from greenfix.analysis.testing.sandbox import Sandbox
from greenfix.analysis.testing.shadow import ShadowWorkspace

RUN_PREFIX = "greenfix-run-"
T = TypeVar("T")

WORKER_SCRIPT = Path(__file__).with_name("pytest_worker.py")
DEFAULT_MEMORY_LIMIT_MB = 2048
# After a kill, how long to wait for the worker to report the child's end.
_REAP_SECONDS = 10.0


@dataclass(frozen=True)
class Tracing:
    """What a run observes besides outcomes, per test. Paths are relative to the project."""

    lines_of: str | None = None  # a file whose executed lines are recorded (RunResult.coverage)
    functions: bool = False  # which project functions run (RunResult.functions)
    calls_of: tuple[str, int] | None = None  # (path, first line) of a function whose results are recorded
    # Expressions evaluated at lines of that function, line -> texts (RunResult's TestResult.watched).
    watches: tuple[tuple[int, tuple[str, ...]], ...] = ()
    comprehension_lines: frozenset[int] = frozenset()  # watched lines evaluated in a comprehension's frame


@dataclass(frozen=True)
class Override:
    """A candidate's text for one file, for one run. A warm runner's child loads it in
    place of the module (no file is written); otherwise it is written for the run."""

    path: str  # relative to the project
    text: str
    qualname: str  # the outermost function holding the change
    line: int  # that function's first line, decorators included
    in_place: bool = True  # False when its decorators or signature changed: then it is written


class TestRunner(Protocol):
    loads_in_place: bool  # its children load an Override without writing it

    def run(
        self,
        node_ids: Sequence[str],
        *,
        timeout: float,
        test_timeout: float | None = None,
        tracing: Tracing = Tracing(),
        override: Override | None = None,
        stop_at_failure: bool = False,
        stop_at_timeout: bool = False,
    ) -> RunResult:
        """Run the tests (node ids or paths; none means the project's default selection)
        within `timeout` seconds in all, after which the whole run is killed. With
        `test_timeout`, a test running longer fails alone as a timeout, with the
        traceback of where it was, and the others still run. With `stop_at_failure`, the
        run ends after the first test that fails (a candidate that fails one has failed);
        with `stop_at_timeout`, after the first that runs out of time (a candidate that
        loops forever in one test would most likely do so in the others too)."""
        ...

    def probe_calls(
        self, module: str, qualname: str, arguments: Sequence[str], *, timeout: float, override: Override | None = None
    ) -> list[str] | None:
        """What the function returns on the pickled `arguments` and variations of them
        (call_probe.py), with `override` loaded; None when it cannot be called on its own."""
        ...

    def collect(self, args: Sequence[str], *, timeout: float = 60.0) -> Collection:
        """Node ids pytest collects for `args` (paths, node ids, options such as -k)."""
        ...

    def import_tests(self, files: Sequence[str]) -> None:
        """Import these test files (and the project modules they import) once for the runs
        that follow, instead of once per run, where the runner can. Only for runs of edits
        to a function that does not run at import; empty: every run imports everything
        again (a run that must see what runs at import)."""
        ...

    def warm_up(self, timeout: float) -> None:
        """Start what the next run needs now, in the calling thread. The sandbox dies with
        the thread that started it (PR_SET_PDEATHSIG, bwrap's --die-with-parent), so a
        worker must not be started from a thread that ends after one run."""
        ...

    def close(self) -> None: ...


class WorkerStartError(RuntimeError):
    """The warm worker could not set pytest up (broken conftest, bad configuration, no pytest)."""


class _Runner:
    """What both runners share: the private run folder, requests, and reading results."""

    def __init__(
        self, shadow: ShadowWorkspace, python: str, memory_limit_mb: int, sandbox: str, pass_env: Sequence[str]
    ) -> None:
        self.shadow = shadow
        self.python = python
        self.memory_limit_mb = memory_limit_mb
        self._folder = owned_folder(RUN_PREFIX)
        self._env = runner_env(self._folder, pass_env)
        self.sandbox = Sandbox(python, [shadow.root, self._folder], shadow.project_root, sandbox)
        self._results = self._folder / "results.jsonl"
        self._log = self._folder / "run.log"
        self._lock = threading.Lock()
        self._closed = False
        # The run in progress (as its launcher sees it), so close() can kill it from another thread.
        self._active: int | None = None

    # Whether this runner's children can load an Override in place.
    loads_in_place = False

    def run(
        self,
        node_ids: Sequence[str],
        *,
        timeout: float,
        test_timeout: float | None = None,
        tracing: Tracing = Tracing(),
        override: Override | None = None,
        stop_at_failure: bool = False,
        stop_at_timeout: bool = False,
    ) -> RunResult:
        def attempt(loaded: Override | None) -> tuple[RunResult, bool]:
            run = self._run(node_ids, timeout, test_timeout, tracing, loaded, stop_at_failure, stop_at_timeout)
            return run, run.override_failed is not None

        with self._lock:
            return self._with_override(override, attempt)

    def probe_calls(
        self, module: str, qualname: str, arguments: Sequence[str], *, timeout: float, override: Override | None = None
    ) -> list[str] | None:
        def attempt(loaded: Override | None) -> tuple[list[str] | None, bool]:
            request = self._request([], collect_only=False, tracing=Tracing())
            request["override"] = asdict(loaded) if loaded is not None else None
            request["probe_calls"] = {"module": module, "qualname": qualname, "arguments": list(arguments)}
            try:
                finish = self._execute(request, timeout)
            finally:
                self.shadow.undo_tampering()
            return read_probe(self._results), read_run(self._results, finish).override_failed is not None

        with self._lock:
            return self._with_override(override, attempt)

    def _with_override(self, override: Override | None, attempt: Callable[[Override | None], tuple[T, bool]]) -> T:
        """`attempt` with the candidate loaded in place where it can be (it says whether that
        failed), else with the candidate written for it and then put back as it was."""
        if override is not None and override.in_place and self.loads_in_place:
            value, failed = attempt(override)
            if not failed:
                return value
        if override is None:
            return attempt(None)[0]
        previous = (self.shadow.root / override.path).read_text(encoding="utf-8", errors="surrogateescape")
        self.shadow.write(override.path, override.text)
        try:
            return attempt(None)[0]
        finally:
            self.shadow.write(override.path, previous)

    def _run(
        self,
        node_ids: Sequence[str],
        timeout: float,
        test_timeout: float | None,
        tracing: Tracing,
        override: Override | None,
        stop_at_failure: bool,
        stop_at_timeout: bool,
    ) -> RunResult:
        request = self._request(list(node_ids), collect_only=False, tracing=tracing)
        request["test_timeout"] = test_timeout
        request["stop_at_failure"] = stop_at_failure
        request["stop_at_timeout"] = stop_at_timeout
        request["override"] = asdict(override) if override is not None else None  # in_place.py reads it
        try:
            return read_run(self._results, self._execute(request, timeout))
        finally:
            self.shadow.undo_tampering()

    def collect(self, args: Sequence[str], *, timeout: float = 60.0) -> Collection:
        with self._lock:
            request = self._request(list(args), collect_only=True, tracing=Tracing())
            try:
                return read_collection(self._results, self._execute(request, timeout))
            finally:
                self.shadow.undo_tampering()

    def import_tests(self, files: Sequence[str]) -> None:
        """Nothing to keep imported: a fresh interpreter per run."""

    def warm_up(self, timeout: float) -> None:
        """Nothing to start ahead: a fresh interpreter per run."""

    def close(self) -> None:
        """Stop at once, also from another thread while a run is in progress (cancelling it)."""
        self._closed = True
        self._kill_processes()
        with self._lock:
            self._stop()
            shutil.rmtree(self._folder, ignore_errors=True)
            self.sandbox.close()

    def __enter__(self) -> _Runner:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def _base_args(self) -> list[str]:
        # Node ids are always relative to the project root; the cache would only write files.
        # Python's own traceback for a failure: pytest's (the default) costs tens of
        # milliseconds per failing test, in every candidate's run.
        return ["--rootdir", str(self.shadow.root), "-p", "no:cacheprovider", "--tb=native"]

    def _request(self, targets: list[str], *, collect_only: bool, tracing: Tracing) -> dict[str, Any]:
        if self._closed:
            raise RuntimeError("the test runner is closed")
        remove(self._results)
        remove(self._log)
        return {
            "base": self._base_args(),
            "targets": targets,
            "collect_only": collect_only,
            "results": str(self._results),
            "log": str(self._log),
            "coverage_file": tracing.lines_of,
            "functions": tracing.functions,
            "calls_of": list(tracing.calls_of) if tracing.calls_of else None,
            "watches": {str(line): list(expressions) for line, expressions in tracing.watches} or None,
            "comprehension_lines": sorted(tracing.comprehension_lines),
            "memory_limit_mb": self.memory_limit_mb,
        }

    def _execute(self, request: dict[str, Any], timeout: float) -> Finish:
        raise NotImplementedError

    def _stop(self) -> None:
        """Release processes; nothing by default."""

    def _kill_processes(self) -> None:
        """Kill the run in progress, if any, and wait until its processes are gone."""
        active = self._active
        if active is not None:
            self.sandbox.kill_launched(active)


class SubprocessRunner(_Runner):
    """A fresh interpreter per run: slow, but nothing carries over between runs."""

    def __init__(
        self,
        shadow: ShadowWorkspace,
        python: str,
        memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB,
        sandbox: str = "auto",
        pass_env: Sequence[str] = (),
    ) -> None:
        super().__init__(shadow, python, memory_limit_mb, sandbox, pass_env)

    def _execute(self, request: dict[str, Any], timeout: float) -> Finish:
        # The run folder is the tests' too: a file greenfix writes there is made anew, never opened through a link.
        request_path = self._folder / "request.json"
        with create_private(request_path) as file:
            file.write(json.dumps(request).encode("utf-8"))
        started = time.monotonic()
        with create_private(self._log) as log:
            process = subprocess.Popen(
                self.sandbox.wrap([self.python, str(WORKER_SCRIPT), "--once", str(request_path)], self.shadow.root),
                cwd=self.shadow.root,
                env=self._env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            self._active = process.pid
            try:
                process.wait(timeout)
                timed_out = False
            except subprocess.TimeoutExpired:
                timed_out = True
            finally:
                self.sandbox.kill_launched(process.pid)
                status = process.wait()
                self._active = None
        return Finish(time.monotonic() - started, timeout, timed_out, status, self._log)


class WarmRunner(_Runner):
    """A worker that set pytest up once and forks a child per run.

    Project modules are imported by the worker itself only when asked (`import_tests`);
    otherwise each child imports the shadow's current text. If a file the worker did load
    (a conftest, the ini file, an imported module) changes, the worker is replaced before
    the next run.
    """

    loads_in_place = True

    def __init__(
        self,
        shadow: ShadowWorkspace,
        python: str,
        memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB,
        start_timeout: float = 120.0,
        sandbox: str = "auto",
        pass_env: Sequence[str] = (),
    ) -> None:
        super().__init__(shadow, python, memory_limit_mb, sandbox, pass_env)
        self.start_timeout = start_timeout
        self._worker: subprocess.Popen[bytes] | None = None
        self._channel: LineChannel | None = None
        self._worker_log: IO[bytes] | None = None
        self.fork_safe = False
        self._test_files: tuple[str, ...] = ()  # what the worker is to import before it forks
        self._imported: tuple[str, ...] = ()  # what the running worker has imported
        self._can_import = True  # False once importing the tests failed or started a thread
        try:
            self._start()
        except BaseException:
            self.close()
            raise

    @property
    def worker_pid(self) -> int | None:
        """The worker's launcher: the worker itself, or the sandbox it runs in."""
        worker = self._worker
        return worker.pid if worker is not None else None

    def _kill_processes(self) -> None:
        child, worker = self._active, self.worker_pid
        if worker is not None:
            if child is not None:
                self.sandbox.kill_group(worker, child)
            self.sandbox.kill_launched(worker)

    def _start(self) -> None:
        self._worker_log = create_private(self._folder / "worker.log")
        worker = [self.python, str(WORKER_SCRIPT), "--serve", json.dumps(self._base_args()), str(self.shadow.project_root)]
        self._worker = subprocess.Popen(
            self.sandbox.wrap(worker, self.shadow.root),
            cwd=self.shadow.root,
            env=self._env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._worker_log,
            start_new_session=True,
        )
        assert self._worker.stdout is not None
        self._channel = LineChannel(self._worker.stdout)
        try:
            hello = self._channel.receive(time.monotonic() + self.start_timeout)
        except EOFError:
            hello = {"error": self._worker_log_text() or "the worker exited during start-up"}
        if hello is None or "error" in hello:
            self._stop()
            reason = hello["error"] if hello else f"not ready within {self.start_timeout:g} s"
            raise WorkerStartError(f"the warm test worker could not start: {reason}")
        # Forking a process with other threads can deadlock the child on a lock a thread held.
        self.fork_safe = hello["threads"] == 1

    def import_tests(self, files: Sequence[str]) -> None:
        with self._lock:
            wanted = tuple(sorted(files)) if self._can_import else ()
            if self._imported and self._imported != wanted:
                self._stop()  # a module cannot be un-imported: the next run starts a new worker
            self._test_files = wanted

    def _execute(self, request: dict[str, Any], timeout: float) -> Finish:
        started = time.monotonic()

        def finish(timed_out: bool, status: int | None, failure: str | None = None) -> Finish:
            return Finish(time.monotonic() - started, timeout, timed_out, status, self._log, failure)

        try:
            child = self._start_child(request, timeout)
            if child is None:  # the worker itself is stuck and cannot be trusted any more
                self._stop()
                return finish(True, None)
            assert self._channel is not None
            self._active = child
            # The limit is the tests', counted from the fork: replacing a stale worker is not theirs.
            reply = self._channel.receive(time.monotonic() + timeout)
            timed_out = reply is None
            if timed_out:
                self._kill_child(child)
                reply = self._channel.receive(time.monotonic() + _REAP_SECONDS)
            self._kill_child(child)  # anything the tests started and left behind
        except WorkerStartError as error:
            return finish(False, None, str(error))
        except (EOFError, OSError):
            self._stop()
            return finish(False, None, f"the warm test worker died\n{self._worker_log_text()}")
        finally:
            self._active = None
        return finish(timed_out, os.waitstatus_to_exitcode(reply["status"]) if reply else None)

    def _kill_child(self, child: int) -> None:
        """Kill a run's process group (the child's pid is the worker's view of it)."""
        worker = self.worker_pid
        if worker is not None:
            self.sandbox.kill_group(worker, child)

    def _start_child(self, request: dict[str, Any], timeout: float) -> int | None:
        """Hand the request to the worker (replacing a stale one); the child's pid, or None if it never came."""
        for _ in range(2):
            if not self._ready(timeout):
                continue
            reply = self._send(request, timeout)
            if reply is None:
                return None
            if "started" in reply:
                return int(reply["started"])
            self._stop()  # stale: it loaded a file that has changed since
        raise WorkerStartError("the warm test worker kept reporting changed files")

    def warm_up(self, timeout: float) -> None:
        with self._lock:
            try:
                self._ready(timeout)
            except WorkerStartError:
                pass  # the run that follows reports it

    def _ready(self, timeout: float) -> bool:
        """A live worker that has imported what it should; False when importing stopped it."""
        if self._worker is not None and self._worker.poll() is not None:
            self._stop()  # it died since the last run (say, killed by what a test left behind)
        if self._worker is None:
            self._start()
        return self._imported == self._test_files or self._import_in_worker(timeout)

    def _import_in_worker(self, timeout: float) -> bool:
        """Have the worker import the test files; False when it was stopped instead."""
        try:
            reply = self._send({"import_tests": list(self._test_files)}, timeout)
        except (EOFError, OSError):  # it died importing them
            reply = None
        if reply is not None and reply.get("imported") and reply.get("threads") == 1:
            self._imported = self._test_files
            return True
        self._stop()
        if reply is None or "stale" not in reply:
            # Stuck, a test file that does not import cleanly, or a thread started at import
            # (forking would be unsafe): the children import the tests themselves, as before.
            self._can_import, self._test_files = False, ()
        return False

    def _send(self, message: dict[str, Any], timeout: float) -> dict[str, Any] | None:
        assert self._worker is not None and self._worker.stdin is not None and self._channel is not None
        self._worker.stdin.write(json.dumps(message).encode() + b"\n")
        self._worker.stdin.flush()
        return self._channel.receive(time.monotonic() + timeout)

    def _stop(self) -> None:
        if self._worker is not None:
            self.sandbox.kill_launched(self._worker.pid)
            self._worker.wait()
            for stream in (self._worker.stdin, self._worker.stdout):
                if stream is not None:
                    try:
                        stream.close()
                    except BrokenPipeError:  # a request still buffered for a worker that died
                        pass
            self._worker = None
            self._channel = None
            self._imported = ()
        if self._worker_log is not None:
            self._worker_log.close()
            self._worker_log = None

    def _worker_log_text(self) -> str:
        tail = read_regular(self._folder / "worker.log", 8000) or b""
        return tail.decode("utf-8", errors="replace")[-2000:]


# Seconds a run may take beyond its tests' own limits: starting, collecting, reporting.
RUN_OVERHEAD = 10.0
# Below this, a run cannot even start its tests: it is not started.
MIN_RUN_SECONDS = 0.5


def run_tests(
    runner: TestRunner,
    node_ids: Sequence[str],
    test_timeout: float,
    tracing: Tracing = Tracing(),
    time_left: float = float("inf"),
    override: Override | None = None,
    stop_at_failure: bool = False,
    stop_at_timeout: bool = False,
) -> RunResult:
    """Run tests with a limit per test (a test past it fails alone, as a timeout) and a
    hard limit for the whole run: the backstop, or `time_left` of a budget when sooner.
    A run the budget ends (or leaves no time for) is `cut_short`."""
    if time_left < MIN_RUN_SECONDS:
        return RunResult(timed_out=True, cut_short=True)
    test_timeout = min(test_timeout, time_left)
    backstop = test_timeout * max(1, len(node_ids)) + RUN_OVERHEAD
    run = runner.run(
        node_ids, timeout=min(backstop, time_left), test_timeout=test_timeout, tracing=tracing, override=override,
        stop_at_failure=stop_at_failure, stop_at_timeout=stop_at_timeout,
    )
    run.cut_short = run.timed_out and time_left < backstop
    return run


def fork_is_available() -> bool:
    """Fork without exec is safe enough on Linux and the BSDs; macOS system frameworks forbid it."""
    return hasattr(os, "fork") and sys.platform != "darwin"


def open_runner(
    shadow: ShadowWorkspace,
    python: str,
    prefer_warm: bool = True,
    memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB,
    sandbox: str = "auto",
    start_timeout: float = 120.0,
    pass_env: Sequence[str] = (),
) -> TestRunner:
    """The warm runner where forking is available and safe, else the subprocess runner.
    `sandbox` and `pass_env`: the settings of those names (see sandbox.py, environment.py)."""
    if prefer_warm and fork_is_available():
        try:
            runner = WarmRunner(shadow, python, memory_limit_mb, start_timeout, sandbox=sandbox, pass_env=pass_env)
        except WorkerStartError:
            pass
        else:
            if runner.fork_safe:
                return runner
            runner.close()
    return SubprocessRunner(shadow, python, memory_limit_mb, sandbox, pass_env)
