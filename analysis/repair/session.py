"""One project's repair session: everything a repair needs between requests.

It owns the shadow copy, the test runner, the last run of every test and what each
failure is blamed on, which tests judge a function, and the refine jobs built from
them. Both doors use it: `greenfix fix` runs one session from start to end; the
language server keeps one per project between requests (the door keeps only its lock
and its cancel flag). The same project gives the same result through either door.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from ..config import Settings
from ..document import SourceDocument
from ..targets import find_test_files, function_named, outermost_function, tests_referencing
from ..testing.environment import missing_pytest, project_python
from ..testing.results import COLLECTION, RunResult, TestResult
from ..testing.runner import MIN_RUN_SECONDS, RUN_OVERHEAD, TestRunner, Tracing, open_runner
from ..testing.shadow import ShadowWorkspace
from .attribution import Attribution, Verdict
from .budget import Budget, Deadline
from .loop import JobMemory, Progress, Proposer, RefineJob, RefineResult, refine
from .neighbours import imported_sources
from .sources import ProjectSources

# How many tests a first run is assumed to have, for its backstop limit.
_ASSUMED_TESTS = 100
# How long a warm worker may take to import pytest, plugins and conftests.
_WORKER_START_SECONDS = 120.0


@dataclass
class TestReport:
    """The last run of every test, and what each failure is blamed on."""

    __test__ = False  # not a pytest test class

    run: RunResult = field(default_factory=RunResult)
    verdicts: dict[str, Verdict] = field(default_factory=dict)  # failing node id -> why
    error: str | None = None  # why the tests could not run at all

    def blamed(self) -> dict[tuple[str, str], list[str]]:
        """(path, qualname) -> the failing tests blamed on that function."""
        found: dict[tuple[str, str], list[str]] = {}
        for nodeid, verdict in sorted(self.verdicts.items()):
            if verdict.blame is not None:
                found.setdefault((verdict.blame.path, verdict.blame.qualname), []).append(nodeid)
        return found

    def of_kind(self, kind: str) -> list[Verdict]:
        return [v for _, v in sorted(self.verdicts.items()) if v.kind == kind]


class RepairSession:
    def __init__(self, root: Path, settings: Settings, pytest_args: Sequence[str] = (), paths: Sequence[str] = ()) -> None:
        self.root = root.resolve()
        self.settings = settings
        self.pytest_args = list(pytest_args)  # which tests: empty for the project's configuration
        self.paths = list(paths)  # files a fix may touch; empty for every source file
        self.shadow: ShadowWorkspace | None = None
        self.runner: TestRunner | None = None
        self.helpers: list[TestRunner] = []  # more warm workers, for trying candidates side by side
        self._starting: list[threading.Thread] = []  # helpers being opened in the background
        self._helpers_lock = threading.Lock()
        self._generation = 0  # bumped when the runners stop: a helper opened for an older one is closed
        self.report: TestReport | None = None
        self._report_is_current = False  # the shadow holds what the last run of every test ran
        self.sources = ProjectSources(self.root, self.paths)
        # What each job's runs gave (by file, text and tests), while the shadow stays as it is.
        self._memories: dict[tuple[str, str, tuple[str, ...]], JobMemory] = {}

    @classmethod
    def from_report(
        cls,
        root: Path,
        settings: Settings,
        report: TestReport,
        pytest_args: Sequence[str] = (),
        paths: Sequence[str] = (),
        deadline: Deadline | None = None,
    ) -> RepairSession:
        """A session on `root` whose last run is `report`, a run of every test made
        elsewhere on the same files (by the driver of a cluster): ready to refine
        without running every test again. If tests cannot run here, its report says why."""
        session = cls(root, settings, pytest_args, paths)
        session.report = report
        try:
            problem = session._prepare({}, deadline)
        except BaseException:
            session.close()
            raise
        if problem is not None:
            session.report = TestReport(report.run, report.verdicts, problem)
        return session

    # -- running every test --------------------------------------------------

    def run_all(self, buffers: Mapping[str, str] | None = None, deadline: Deadline | None = None) -> TestReport:
        """Run every test with `buffers` (path -> text, an editor's unsaved files) in the
        shadow, and blame each failure. Within `deadline` when given."""
        buffers = dict(buffers or {})
        self._memories.clear()
        if deadline is not None and deadline.left() < MIN_RUN_SECONDS:
            self.report = TestReport(RunResult(timed_out=True, cut_short=True))
            return self.report
        problem = self._prepare(buffers, deadline)
        if problem is not None:
            self.report = TestReport(error=problem)
            return self.report
        assert self.runner is not None and self.shadow is not None
        for runner in [self.runner, *self.helpers]:
            runner.import_tests(())  # this run must see what runs at import
        test_timeout = self.settings.refine.test_timeout
        expected = len(self.report.run.results) if self.report else _ASSUMED_TESTS
        backstop = test_timeout * max(expected, _ASSUMED_TESTS) + RUN_OVERHEAD
        limit = min(backstop, deadline.left()) if deadline else backstop
        run = self.runner.run(self.pytest_args, timeout=limit, test_timeout=min(test_timeout, limit), tracing=Tracing(functions=True))
        run.cut_short = run.timed_out and limit < backstop
        self._report_is_current = True
        self.sources = ProjectSources(self.root, self.paths, buffers)
        report = TestReport(run)
        if run.cut_short:
            pass  # the budget ended it: nothing is known about the tests that did not run
        elif run.collection_error is not None:
            report.error = f"tests could not be collected: {self._in_project(run.collection_error)}"
        elif not run.results and not run.timed_out:
            report.error = "no tests found"
        else:
            attribution = Attribution(run, self.shadow.root, self.sources)
            report.verdicts = attribution.verdicts(run.failed())
        self.report = report
        return report

    # -- refining one function -------------------------------------------------

    def refine(
        self,
        path: str,
        qualname: str,
        text: str,
        proposers: list[Proposer],
        budget: Budget,
        deadline: Deadline | None = None,
        on_progress: Callable[[Progress], None] = lambda _: None,
        cancelled: Callable[[], bool] = lambda: False,
        failing: Sequence[str] = (),
        glance: int = 0,
    ) -> RefineResult:
        """Repair `qualname` of `path` (whose text is `text`), judged by its tests, after
        `run_all` on the same texts; and by `failing` too: another function's failing
        tests, when this one is refined as their suspect. `glance`: see RefineJob; a
        later search of the same function replays the candidates a glance ran."""
        if self.report is None or self.shadow is None or self.runner is None:
            return RefineResult("error", path, qualname, "run the tests first")
        if self.report.error is not None:
            return RefineResult("error", path, qualname, self.report.error)
        job = RefineJob(
            path=path,
            text=text,
            qualname=qualname,
            tests=sorted({*self.judging_tests(path, qualname, text), *failing}),
            budget=budget,
            seed=self.settings.refine.seed,
            deadline=deadline,
            import_once=self._runs_at_import(path, qualname, text) is False,
            glance=glance,
            neighbours=imported_sources(path, text, self._source_text),
            hung=self._hung(path, text, budget),
        )
        memory = self._memories.setdefault((path, text, tuple(job.tests)), JobMemory())
        return refine(job, self.shadow, self.runners(), proposers, on_progress, cancelled, memory)

    def _hung(self, path: str, text: str, budget: Budget) -> dict[str, TestResult]:
        """The tests that ran out of time in the last run of every test, when that run had
        the files a refine of `text` starts from and gave each test at least its limit."""
        assert self.report is not None
        run = self.report.run
        same_files = self._report_is_current and self.sources.text(path) == text
        if not same_files or self.settings.refine.test_timeout < budget.test_timeout:
            return {}
        return {n: r for n, r in run.results.items() if r.outcome == "timeout"}

    def _source_text(self, path: str) -> str | None:
        document = self.sources.get(path, fixable_only=False)
        return document.text if document is not None else None

    def failing_tests(self, path: str, qualname: str) -> list[str]:
        """The failing tests blamed on the function; else those that name it as a suspect."""
        assert self.report is not None
        verdicts = self.report.verdicts.items()
        blamed = [n for n, v in verdicts if v.blame is not None and (v.blame.path, v.blame.qualname) == (path, qualname)]
        return blamed or [n for n, v in verdicts if any((b.path, b.qualname) == (path, qualname) for b in v.others)]

    def judging_tests(self, path: str, qualname: str, text: str) -> list[str]:
        """The tests a function's repair is judged by: those that fail because of it and
        those that run it (test impact: a test that never runs a function cannot be
        changed by an edit inside it). A function that ran while the tests were
        collected (at import) is judged by every test."""
        assert self.report is not None and self.shadow is not None
        run = self.report.run
        failing = self.failing_tests(path, qualname)
        key = _function_key(path, qualname, text)
        if key is None:
            return sorted(failing)
        if not run.functions:  # nothing was traced: the tests that name it, and every passing test
            name = qualname.rsplit(".", 1)[-1].split("#", 1)[0]
            mentioning = set(tests_referencing(find_test_files(self.shadow.root), name, self.shadow.root))
            named = [n for n in run.results if n.split("[", 1)[0] in mentioning]
            return sorted({*failing, *named, *run.passed()})
        if key in run.functions.get(COLLECTION, set()):
            return sorted(n for n in run.results if not run.results[n].failed_in_setup)
        running = [n for n in run.passed() if key in run.functions.get(n, set())]
        return sorted({*failing, *running})

    def tests_running(self, path: str, qualname: str) -> set[str]:
        """The tests, failing or not, that ran the function on the last run (none known
        when nothing was traced)."""
        assert self.report is not None
        text = self._source_text(path)
        key = _function_key(path, qualname, text) if text is not None else None
        return {n for n, keys in self.report.run.functions.items() if key in keys} if key is not None else set()

    def _runs_at_import(self, path: str, qualname: str, text: str) -> bool | None:
        """Whether the outermost function holding this one (whose code a candidate replaces)
        ran while the tests were collected; None when unknown (nothing was traced, or no
        such function)."""
        assert self.report is not None
        traced = self.report.run.functions
        key = _function_key(path, qualname, text, outermost=True)
        if not traced or key is None:
            return None
        return key in traced.get(COLLECTION, set())

    # -- the shadow and the runner ---------------------------------------------

    def _prepare(self, buffers: Mapping[str, str], deadline: Deadline | None = None) -> str | None:
        """The shadow synced with the project and then the buffers, and a runner on it;
        or why tests cannot run here."""
        if self.runner is None:
            python = project_python(self.root, self.settings.refine.python)
            problem = missing_pytest(python)
            if problem is not None:
                return problem
        if self.shadow is None:
            self.shadow = ShadowWorkspace.create(self.root)
        else:
            self.shadow.sync()
        for path, text in buffers.items():
            self.shadow.write(path, text)
        if self.runner is None:
            python = project_python(self.root, self.settings.refine.python)
            start = min(_WORKER_START_SECONDS, deadline.left()) if deadline else _WORKER_START_SECONDS
            self._start_helpers(python)
            self.runner = self._open_runner(python, start)
        return None

    def write(self, path: str, text: str) -> None:
        """Put a text in the shadow for the runs that follow (a fix found earlier in a run)."""
        self._memories.clear()
        self._report_is_current = False
        if self.shadow is not None:
            self.shadow.write(path, text)

    def _open_runner(self, python: str, start_timeout: float) -> TestRunner:
        assert self.shadow is not None
        refine = self.settings.refine
        return open_runner(self.shadow, python, sandbox=refine.sandbox, start_timeout=start_timeout, pass_env=refine.pass_env)

    def _wanted_helpers(self) -> int:
        return (self.settings.refine.workers or os.cpu_count() or 1) - 1

    def _start_helpers(self, python: str) -> None:
        """Open the runners beside the first in the background, while the first starts and
        runs every test: each takes as long to start as the first (pytest, plugins,
        conftests), time the first candidate would otherwise wait."""
        generation = self._generation

        def open_helper() -> None:
            try:
                helper = self._open_runner(python, _WORKER_START_SECONDS)
            except Exception:
                return  # _helpers opens it again, and reports why it cannot
            with self._helpers_lock:
                if generation == self._generation and helper.loads_in_place:
                    self.helpers.append(helper)
                    return
            helper.close()

        for _ in range(self._wanted_helpers() - len(self.helpers)):
            thread = threading.Thread(target=open_helper, name="greenfix-helper-start", daemon=True)
            thread.start()
            self._starting.append(thread)

    def runners(self) -> list[TestRunner]:
        """The runner and those beside it, up to the `workers` setting (default: one per
        core), when candidates load in place: runs side by side then write nothing."""
        assert self.shadow is not None and self.runner is not None
        wanted = self._wanted_helpers()
        if not self.runner.loads_in_place:
            return [self.runner]
        for thread in self._starting:
            thread.join()
        self._starting = []
        python = project_python(self.root, self.settings.refine.python)
        while len(self.helpers) < wanted:
            helper = self._open_runner(python, _WORKER_START_SECONDS)
            if not helper.loads_in_place:
                helper.close()
                break
            self.helpers.append(helper)
        return [self.runner, *self.helpers[:wanted]]

    def stop_runner(self) -> None:
        """Kill whatever the runners are running, also from another thread; the next run starts new ones."""
        with self._helpers_lock:
            self._generation += 1
            runners, self.runner, self.helpers, self._starting = [self.runner, *self.helpers], None, [], []
        for runner in runners:
            if runner is not None:
                runner.close()

    def close(self) -> None:
        self.stop_runner()
        if self.shadow is not None:
            self.shadow.cleanup()
            self.shadow = None

    def __enter__(self) -> RepairSession:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()

    def _in_project(self, message: str) -> str:
        """A message with the shadow copy's paths as the project's: the copy is gone by the
        time anyone reads it."""
        return message.replace(str(self.shadow.root), str(self.root)) if self.shadow else message


def _function_key(path: str, qualname: str, text: str, outermost: bool = False) -> tuple[str, int] | None:
    """How a traced run names a function (or the outermost function holding it): its file
    and first line."""
    document = SourceDocument(text)
    target = function_named(document, qualname)
    if target is None:
        return None
    if outermost:
        target = outermost_function(document, target)
    return (path, document.index.line_of(target.start) + 1)
