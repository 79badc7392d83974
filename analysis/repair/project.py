"""Fix a project headless (`greenfix fix`): run its tests, blame each failure, and refine
each blamed function in turn, within one hard budget for the whole run."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence

from ..config import RefineSettings, Settings
from ..document import SourceDocument
from ..positions import decode, encode
from ..targets import function_named
from .budget import Budget, Deadline
from .executors import Executor, LocalExecutor
from .loop import Progress, Proposer, RefineResult
from .attribution import Blame
from .session import RepairSession, TestReport

# Suspects tried after the blamed function when it cannot be fixed, and the share of the
# time left that the blamed function gets when there are suspects.
MAX_SUSPECTS = 2
BLAMED_SHARE = 0.5
# With suspects, the candidates of each one's first look (see refine_or_suspects).
GLANCE = 20
# The longest a single test may take, as a share of the budget.
TEST_SHARE = 0.1
# Time kept for the end of a run: at most these seconds, at most this share of the budget.
WIND_DOWN_SECONDS = 2.0
WIND_DOWN_SHARE = 0.05


@dataclass
class FixReport:
    project: str
    status: str  # "passed" (every selected test passes at the end) | "failed" | "error"
    message: str
    tests_before: dict[str, str] = field(default_factory=dict)
    tests_after: dict[str, str] = field(default_factory=dict)
    functions: list[RefineResult] = field(default_factory=list)
    unattributed: list[str] = field(default_factory=list)  # failing tests no function could be blamed for
    setup_errors: dict[str, str] = field(default_factory=dict)  # node id -> "setup error in <fixture>: ..."
    module_errors: dict[str, str] = field(default_factory=dict)  # node id -> "module-level code at ..."
    cut_short: list[str] = field(default_factory=list)  # what the budget cut short
    fixed_texts: dict[str, str] = field(default_factory=dict)  # path -> new text
    original_texts: dict[str, str] = field(default_factory=dict)  # path -> text the fix was computed for
    seconds: float = 0.0
    candidates: int = 0  # tried in the whole run
    model_calls: int = 0
    tokens: int = 0  # as the endpoint reported them


@dataclass(frozen=True)
class FixOptions:
    paths: Sequence[str] = ()  # files (relative to the project) fixes may touch; empty: every source file
    pytest_args: Sequence[str] = ()  # which tests to run; empty: the project's pytest configuration
    budget: Budget = Budget()
    python: str | None = None
    seed: int = 0
    sandbox: str = "auto"  # the setting of that name: what contains the test runs
    started: float | None = None  # time.monotonic() when the run began (the process's start); default: now
    pass_env: Sequence[str] = ()  # variables the tests get besides the few they need


def fix_project(
    root: Path,
    options: FixOptions,
    proposers: list[Proposer],
    on_progress: Callable[[str, Progress | None], None] = lambda *_: None,
    executor: Executor | None = None,
) -> FixReport:
    """`executor`: where the refine jobs run (default: here, one after another)."""
    started = options.started or time.monotonic()
    # The budget bounds the whole run: what ran before this call counts, and the end
    # (stopping runners, removing the shadow copy) needs a moment.
    wind_down = min(WIND_DOWN_SECONDS, WIND_DOWN_SHARE * options.budget.seconds)
    deadline = Deadline(started + options.budget.seconds - wind_down)
    report = FixReport(project=str(root), status="error", message="")
    # One test may take at most a share of the budget, so that a test that hangs fails
    # alone, as a timeout, and leaves time for the others and for the repair.
    test_timeout = min(options.budget.test_timeout, max(1.0, TEST_SHARE * options.budget.seconds))
    settings = Settings(
        refine=replace(
            RefineSettings(),
            python=options.python,
            seed=options.seed,
            test_timeout=test_timeout,
            sandbox=options.sandbox,
            pass_env=tuple(options.pass_env),
        )
    )
    try:
        with RepairSession(root, settings, options.pytest_args, options.paths) as session:
            _fix(session, replace(options, budget=replace(options.budget, test_timeout=test_timeout)), proposers, on_progress, deadline, report,
                 executor or LocalExecutor())
    finally:
        report.seconds = time.monotonic() - started
        report.candidates = sum(f.attempts for f in report.functions)
        report.model_calls = sum(getattr(p, "calls", 0) for p in proposers)
        report.tokens = sum(getattr(p, "tokens", 0) for p in proposers)
    return report


def _fix(
    session: RepairSession,
    options: FixOptions,
    proposers: list[Proposer],
    on_progress: Callable[[str, Progress | None], None],
    deadline: Deadline,
    report: FixReport,
    executor: Executor,
) -> None:
    on_progress("running the tests", None)
    tests = session.run_all(deadline=deadline)
    report.tests_before = _outcomes(tests)
    if tests.error is not None:
        report.message = tests.error
        return
    if tests.run.cut_short:
        report.cut_short.append("the first run of the tests")
        report.status, report.message = "failed", "the budget ran out before the tests finished"
        return
    failing = tests.run.failed()
    if not failing:
        report.status, report.message = "passed", "all tests pass"
        report.tests_after = report.tests_before
        return
    _record_unfixable(tests, report)

    texts: dict[str, str] = {}
    blamed = _callees_first(session, sorted(tests.blamed().items()))
    executor.start(session, blamed, options.budget, deadline, proposers, on_progress)
    for (path, qualname), failing_here in blamed:
        text = texts.get(path) or session.sources.text(path)
        if text is None:
            continue
        result = executor.result(path, qualname, text)
        if result is None and deadline.passed:
            report.functions.append(RefineResult("skipped", path, qualname, "budget exhausted before this function"))
            report.cut_short.append(f"{qualname} ({path}) was not refined")
            continue
        if result is None or _stale(result, texts, session):
            result = refine_or_suspects(session, path, qualname, text, failing_here, options.budget, proposers, on_progress, deadline)
        if result.status == "skipped" and result.tests_after and any(f.status == "fixed" for f in report.functions):
            result.message = "its tests pass once the functions fixed above are"
        report.functions.append(result)
        if result.status == "fixed" and result.new_text is not None:
            report.original_texts.setdefault(result.path, texts.get(result.path) or session.sources.text(result.path) or "")
            texts[result.path] = report.fixed_texts[result.path] = result.new_text
            session.write(result.path, result.new_text)
        if result.cut_short:
            report.cut_short.append(f"the search for a fix of {qualname} ({path})")
    executor.stop()

    _final_run(session, texts, failing, deadline, report, again=not isinstance(executor, LocalExecutor))


Blamed = list[tuple[tuple[str, str], list[str]]]  # ((path, qualname), the failing tests blamed on it)


def _callees_first(session: RepairSession, blamed: Blamed) -> Blamed:
    """A function that the failing tests blamed on others run too goes before them: its
    fix may be why they fail (`season_cpue` reads what `soak_returns` got wrong), and a
    patch of theirs would only hide it. Among equals, the order stays."""
    running = {function: session.tests_running(*function) for function, _ in blamed}

    def failures_it_may_explain(entry: tuple[tuple[str, str], list[str]]) -> int:
        return sum(1 for other, failing in blamed if other != entry[0] for test in failing if test in running[entry[0]])

    return sorted(blamed, key=lambda entry: -failures_it_may_explain(entry))


def _stale(result: RefineResult, texts: dict[str, str], session: RepairSession) -> bool:
    """A fix found elsewhere (by another executor) in a file that a fix taken before it has changed since."""
    return result.old_text is not None and result.old_text != (texts.get(result.path) or session.sources.text(result.path))


def refine_or_suspects(
    session: RepairSession,
    path: str,
    qualname: str,
    text: str,
    failing_here: list[str],
    budget: Budget,
    proposers: list[Proposer],
    on_progress: Callable[[str, Progress | None], None],
    deadline: Deadline,
) -> RefineResult:
    """Refine the blamed function; when it cannot be fixed, the next suspects of its
    failing tests (an outer frame, a function the tests ran). With suspects, each first
    gets a glance (its first GLANCE candidates, unless one makes a failing test pass): a
    failure blamed on the wrong function is fixed in its suspect before the blamed one's
    whole search. Then the full searches, which repeat no candidate a glance ran: the
    blamed function's first. While the suspects glance, the blamed function's search keeps
    half the time left after its own glance; a suspect's glance that goes on (a partial
    fix in hand) is its full search, within its share of the rest. A fix of the blamed
    function of a shape people rarely mean (a check beside the helper that makes it, say)
    is kept while each suspect gets its full search; a suspect's fix of a better shape wins."""
    assert session.report is not None
    suspects: list[Blame] = []
    for blame in (b for nodeid in failing_here for b in session.report.verdicts[nodeid].others):
        if (blame.path, blame.qualname) != (path, qualname) and blame not in suspects and len(suspects) < MAX_SUSPECTS:
            suspects.append(blame)
    if not suspects:
        on_progress(f"refining {qualname} ({path})", None)
        return session.refine(path, qualname, text, proposers, budget, deadline, lambda p: on_progress(qualname, p))
    blamed = Blame(path, qualname, 0)
    searched: set[Blame] = set()  # whose search is over: every candidate tried, or a glance that went on
    reserved = 0.0  # seconds the blamed function's full search keeps while the suspects glance
    result: RefineResult | None = None
    patch: RefineResult | None = None  # the blamed function's fix, of a shape people rarely mean
    for glance in (GLANCE, 0):
        for index, suspect in enumerate([blamed, *suspects]):
            is_blamed = suspect is blamed
            suspect_text = text if is_blamed else session.sources.text(suspect.path)
            if deadline.passed or suspect_text is None or suspect in searched:
                continue
            on_progress(f"refining {suspect.qualname} ({suspect.path}){'' if is_blamed else ', a suspect'}", None)
            left = deadline.left()
            waiting = [s for s in suspects[max(0, index - 1):] if s not in searched]  # this one and those after it
            if is_blamed:
                share = left * BLAMED_SHARE if waiting else left
            else:
                share = max(0.0, left - reserved) / len(waiting)
            # With a patch in hand, a suspect's search is for a better fix, not a first look: it is whole.
            look = 0 if patch is not None else glance
            # A suspect is refined for the blamed function's failures: its fix must make them pass too.
            found = session.refine(
                suspect.path, suspect.qualname, suspect_text, proposers, budget, deadline.sooner(share),
                lambda p, q=suspect.qualname: on_progress(q, p), failing=() if is_blamed else failing_here, glance=look,
            )
            tried_all = found.attempts < look and not found.cut_short
            went_on = bool(look) and not is_blamed and found.attempts > look
            if tried_all or went_on or patch is not None:
                searched.add(suspect)
            if is_blamed:
                result = found
                if found.status != "unfixed" and not (found.patch_shaped and glance):
                    return found
                if found.status != "unfixed":
                    patch = found
                    searched.add(suspect)
                elif glance and not tried_all:
                    reserved = deadline.left() * BLAMED_SHARE
            elif found.status == "fixed" and not (patch is not None and found.patch_shaped):
                found.message = f"{found.message} (the failure showed in {qualname})"
                return found
        if patch is not None:
            return patch  # no suspect has a fix of a better shape
        reserved = 0.0
    assert result is not None
    return result


def _record_unfixable(tests: TestReport, report: FixReport) -> None:
    for verdict in tests.of_kind("setup"):
        report.setup_errors[verdict.test.nodeid] = verdict.note
    for verdict in tests.of_kind("module"):
        report.module_errors[verdict.test.nodeid] = verdict.note
    report.unattributed = [v.test.nodeid for v in tests.of_kind("unknown")]


def _final_run(
    session: RepairSession, texts: dict[str, str], failing: list[str], deadline: Deadline, report: FixReport, again: bool
) -> None:
    """The tests as they stand with the fixes. One fix was judged by every test that runs
    its function, and a test that does not cannot have changed: its outcome stands, unless
    a later job ran it with the fix in place (a job whose tests passed once the fix was
    in: the function ran them where tracing could not see it, in a thread say). Two
    fixes or more (or fixes found apart, `again`) are judged together: every test runs again."""
    fixed = [f for f in report.functions if f.status == "fixed"]
    seen_with_fixes = [f for f in report.functions if f.status in ("fixed", "skipped")]
    derived = {**report.tests_before, **{n: o for f in seen_with_fixes for n, o in f.tests_after.items()}}
    if not fixed:
        report.tests_after = report.tests_before
        unfixable = len(report.setup_errors) + len(report.module_errors) + len(report.unattributed)
        beside = f"; {unfixable} failing test(s) are not a function's to fix" if unfixable else ""
        report.status, report.message = "failed", f"fixed 0 of {len(report.functions)} function(s){beside}"
        return
    if len(fixed) == 1 and not again:
        report.tests_after = derived
    else:
        tests = session.run_all(texts, deadline)
        if tests.run.cut_short or tests.error is not None:
            report.cut_short.append("the last run of every test")
            report.tests_after = derived
            report.status = "failed"
            report.message = f"fixed {len(fixed)} of {len(report.functions)} function(s); the budget ran out before every test ran again"
            return
        report.tests_after = _outcomes(tests)
        _drop_unneeded(session, texts, deadline, report)
        fixed = [f for f in report.functions if f.status == "fixed"]
    report.status = "passed" if all(_passes(o) for o in report.tests_after.values()) else "failed"
    still_failing = [n for n in failing if report.tests_after.get(n) != "passed"]
    report.message = (
        f"fixed {len(fixed)} of {len(report.functions)} function(s); "
        f"{len(failing) - len(still_failing)} of {len(failing)} failing test(s) now pass"
    )


def _drop_unneeded(session: RepairSession, texts: dict[str, str], deadline: Deadline, report: FixReport) -> None:
    """Of two fixes or more, take out each one the tests pass as well without: a failure
    that showed in one function (`enter` refuses a car that never left) may be fixed by
    another's fix (`leave` forgets the car), and then the edit that made it pass alone is
    a patch. One run of every test per fix; when the budget ends first, every fix stays."""
    for fix in [f for f in report.functions if f.status == "fixed"]:
        if sum(1 for f in report.functions if f.status == "fixed") < 2:
            return
        without = _without_fix(texts[fix.path], fix)
        if without is None:
            continue
        tests = session.run_all({**texts, fix.path: without}, deadline)
        if tests.run.cut_short or tests.error is not None:
            return
        outcomes = _outcomes(tests)
        if any(_passes(report.tests_after.get(n)) and not _passes(o) for n, o in outcomes.items()):
            continue
        texts[fix.path] = without
        if without == report.original_texts[fix.path]:
            del report.fixed_texts[fix.path], report.original_texts[fix.path]
        else:
            report.fixed_texts[fix.path] = without
        fix.status = "skipped"
        fix.message = f"not needed: the tests pass as well with the other fix(es) alone (it was: {fix.description})"
        fix.new_text, fix.edits, fix.evidence = None, [], None
        report.tests_after = outcomes


def _without_fix(text: str, fix: RefineResult) -> str | None:
    """`text` with the fixed function as it was before its fix; None when it is not found."""
    if fix.old_text is None:
        return None
    now, before = encode(text), encode(fix.old_text)
    current = function_named(SourceDocument(now), fix.qualname)
    original = function_named(SourceDocument(before), fix.qualname)
    if current is None or original is None:
        return None
    return decode(now[: current.start] + before[original.start : original.end] + now[current.end :])


def _passes(outcome: str | None) -> bool:
    return outcome in ("passed", "skipped")


def _outcomes(tests: TestReport) -> dict[str, str]:
    return {n: r.outcome for n, r in sorted(tests.run.results.items())}
