"""The self-debug loop: edit one function until its tests pass.

    run the tests -> localize -> propose -> syntax gate -> test gate -> accept or learn

One job repairs one function of one file. Candidates are checked first against
the tests that fail (cheap, and most candidates fail there), then against the
acceptance set: the target's tests plus every test that passed before, so that a
fix never trades one red test for another. The first candidate that passes the
acceptance run wins; proposers rank candidates so that the first is the most
local and smallest. When none passes, the best partial result (most tests
passing, then the smallest change) seeds the next round, which is how two-edit
bugs get fixed, and is reported if the budget runs out.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Protocol

from ..config import RefineSettings
from ..document import SourceDocument
from ..edits import Edit, minimal_edits
from ..positions import decode, encode
from ..syntax import find_problems
from ..targets import FunctionTarget, function_named
from ..testing.results import RunResult, TestResult
from ..testing.runner import TestRunner, Tracing, run_tests
from ..testing.shadow import ShadowWorkspace
from .candidates import Candidate
from .evidence import Evidence
from .localize import function_lines, suspiciousness


@dataclass(frozen=True)
class Budget:
    seconds: float = 60.0
    candidates: int = 500
    model_calls: int = 0
    rounds: int = 2
    test_timeout: float = 10.0

    @classmethod
    def from_settings(cls, settings: RefineSettings) -> "Budget":
        return cls(
            seconds=settings.budget_seconds,
            candidates=settings.max_candidates,
            model_calls=settings.max_model_calls,
            test_timeout=settings.test_timeout,
        )


@dataclass(frozen=True)
class RefineJob:
    path: str  # the file holding the function, relative to the project root
    text: str  # the file's text to repair: the editor's buffer or the file on disk
    qualname: str
    tests: list[str]  # node ids of the function's tests
    guard_tests: list[str] = field(default_factory=list)  # passed before; must still pass
    budget: Budget = Budget()
    seed: int = 0


@dataclass(frozen=True)
class Attempt:
    candidate: Candidate
    passing: int  # how many of the failing tests it made pass
    failures: list[TestResult]


@dataclass(frozen=True)
class ProposalContext:
    """What a proposer may look at in one round."""

    source: bytes  # the file with the round's starting version of the function
    target: FunctionTarget
    suspicious_lines: dict[int, float]  # 1-based line -> suspiciousness
    failures: list[TestResult]
    attempts: list[Attempt]  # earlier attempts, for self-debug feedback
    round: int
    seed: int
    limit: int  # candidates still allowed by the budget


class Proposer(Protocol):
    name: str

    def propose(self, context: ProposalContext) -> Iterable[Candidate]: ...


@dataclass(frozen=True)
class Progress:
    round: int
    candidates: int
    passing: int
    total: int

    def __str__(self) -> str:
        return f"round {self.round} · {self.candidates} candidates · {self.passing}/{self.total} tests pass"


@dataclass
class RefineResult:
    status: str  # "fixed" | "unfixed" | "skipped" | "cancelled" | "error"
    path: str
    qualname: str
    message: str
    old_text: str | None = None  # the whole file the fix was computed for
    new_text: str | None = None  # the whole file with the fix
    edits: list[Edit] = field(default_factory=list)  # against RefineJob.text
    tests_before: dict[str, str] = field(default_factory=dict)  # node id -> outcome
    tests_after: dict[str, str] = field(default_factory=dict)
    attempts: int = 0
    seconds: float = 0.0
    proposer: str | None = None
    description: str | None = None
    evidence: Evidence | None = None  # for a fix: why it should be believed


class Cancelled(Exception):
    pass


def refine(
    job: RefineJob,
    shadow: ShadowWorkspace,
    runner: TestRunner,
    proposers: list[Proposer],
    on_progress: Callable[[Progress], None] = lambda _: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> RefineResult:
    started = time.monotonic()
    result = RefineResult("unfixed", job.path, job.qualname, "")
    try:
        _refine(job, shadow, runner, proposers, on_progress, cancelled, started, result)
    except Cancelled:
        result.status, result.message = "cancelled", "cancelled"
    finally:
        shadow.write(job.path, job.text)  # the next job starts from the user's text
        result.seconds = time.monotonic() - started
    return result


def _refine(
    job: RefineJob,
    shadow: ShadowWorkspace,
    runner: TestRunner,
    proposers: list[Proposer],
    on_progress: Callable[[Progress], None],
    cancelled: Callable[[], bool],
    started: float,
    result: RefineResult,
) -> None:
    budget = job.budget
    source = encode(job.text)
    target = function_named(SourceDocument(source), job.qualname)
    if target is None:
        result.status, result.message = "error", f"{job.qualname} is not defined in {job.path}"
        return
    if not job.tests:
        result.status, result.message = "skipped", f"no tests found for {job.qualname}"
        return

    shadow.write(job.path, job.text)
    baseline = run_tests(runner, job.tests, budget.test_timeout, Tracing(lines_of=job.path))
    result.tests_before = _outcomes(baseline)
    if baseline.collection_error:
        result.status, result.message = "error", f"tests could not be collected: {baseline.collection_error}"
        return
    failing = sorted(baseline.failed())
    if not failing:
        result.status, result.message = "skipped", "its tests already pass"
        result.tests_after = result.tests_before
        return

    problems_before = len(find_problems(SourceDocument(source)))
    candidate_timeout = _candidate_timeout(baseline, budget.test_timeout)
    suspicious = suspiciousness(baseline.coverage, set(failing), set(baseline.passed()), function_lines(source, target))
    failures = [baseline.results[n] for n in failing]
    attempts: list[Attempt] = []
    seen: set[str] = set()
    best: Attempt | None = None
    round_source, round_target = source, target

    for round_number in range(1, budget.rounds + 1):
        context = ProposalContext(
            round_source, round_target, suspicious, failures, attempts, round_number, job.seed,
            budget.candidates - len(attempts),
        )
        for candidate in _candidates(proposers, context):
            if cancelled():
                raise Cancelled
            if len(attempts) >= budget.candidates or time.monotonic() - started > budget.seconds:
                result.message = "budget exhausted"
                _report_best(result, job, best, attempts)
                return
            if candidate.text in seen:
                continue
            seen.add(candidate.text)
            new_source = round_source[: round_target.start] + encode(candidate.text) + round_source[round_target.end :]
            if len(find_problems(SourceDocument(new_source))) > problems_before:
                continue  # the syntax gate: never test what does not parse
            shadow.write(job.path, decode(new_source))
            run = run_tests(runner, failing, candidate_timeout)
            passing = sum(1 for n in failing if n in run.passed())
            attempt = Attempt(candidate, passing, [run.results[n] for n in failing if n in run.results and n not in run.passed()])
            attempts.append(attempt)
            on_progress(Progress(round_number, len(attempts), passing, len(failing)))
            if passing == len(failing):
                acceptance = run_tests(runner, sorted(set(job.tests) | set(job.guard_tests)), budget.test_timeout)
                if acceptance.all_passed():
                    result.status = "fixed"
                    result.message = f"{candidate.description}: {len(failing)} failing test(s) now pass"
                    _set_fix(result, job, decode(new_source), candidate, acceptance, attempts)
                    return
                continue  # it broke something else
            if passing > 0 and (best is None or (passing, -candidate.size) > (best.passing, -best.candidate.size)):
                best = attempt
        if best is None:
            break
        # Next round starts from the best partial fix: a second edit may finish it.
        round_source = round_source[: round_target.start] + encode(best.candidate.text) + round_source[round_target.end :]
        next_target = function_named(SourceDocument(round_source), job.qualname)
        if next_target is None:
            break
        round_target = next_target
        failures = best.failures

    result.message = result.message or f"no candidate made all {len(failing)} failing test(s) pass"
    _report_best(result, job, best, attempts)


def _candidate_timeout(baseline: RunResult, test_timeout: float) -> float:
    """Time per test for a candidate's first check. A bug that loops forever makes
    most candidates loop too; waiting the full limit for each would spend the whole
    budget on a few of them. Tests that finished in the baseline show how long a test
    takes here; a candidate gets a generous multiple of that, and the acceptance run
    still gives every test its full limit."""
    finished = [r.duration for r in baseline.results.values() if r.outcome != "timeout"]
    if not any(r.outcome == "timeout" for r in baseline.results.values()):
        return test_timeout
    return min(test_timeout, max(1.0, 10 * max(finished, default=0.0)))


def _candidates(proposers: list[Proposer], context: ProposalContext) -> Iterable[Candidate]:
    for proposer in proposers:
        yield from proposer.propose(context)


def _set_fix(
    result: RefineResult, job: RefineJob, new_text: str, candidate: Candidate, run: RunResult, attempts: list[Attempt]
) -> None:
    result.old_text = job.text
    result.new_text = new_text
    result.edits = minimal_edits(job.text, new_text)
    result.tests_after = _outcomes(run)
    result.attempts = len(attempts)
    result.proposer = candidate.proposer
    result.description = candidate.description
    after = run.passed()
    fixed = [n for n in result.tests_before if result.tests_before[n] != "passed" and n in after]
    kept = sum(1 for n in after if result.tests_before.get(n) == "passed" or n in job.guard_tests)
    result.evidence = Evidence(tests_fixed=fixed, tests_kept=kept)


def _report_best(result: RefineResult, job: RefineJob, best: Attempt | None, attempts: list[Attempt]) -> None:
    result.status = "unfixed"
    result.attempts = len(attempts)
    if best is not None:
        result.description = f"best partial: {best.candidate.description} ({best.passing} more test(s) pass)"
        result.proposer = best.candidate.proposer


def _outcomes(run: RunResult) -> dict[str, str]:
    return {nodeid: r.outcome for nodeid, r in sorted(run.results.items())}
