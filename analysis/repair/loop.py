"""The self-debug loop: edit one function until its tests pass, then choose the fix
most likely to be right.

    run the tests -> localize -> propose -> syntax gate -> test gate -> collect -> choose

One job repairs one function of one file, judged by its tests: the tests that fail
because of it and those that execute it (test impact: a test that never runs the
function cannot be changed by an edit inside it). Candidates are checked first against
the failing tests (cheap, and most candidates fail there), then against the rest.

Passing the tests makes a candidate plausible, not correct. So the search goes on a
little after the first plausible candidate of an acceptable shape (longer while every one
found has a suspect shape), and then chooses: never an edit that
creates an identity or dead code; then the one that changes least what the function
returned on the calls the passing tests made (recorded in the baseline run and again
with each candidate); then, of one statement inserted in several places, the
shallowest (a narrower place always changes less, and is seldom where it was
forgotten); then one that handles a word a failing test says and the function never did
(`by="studio"`); then the behaviour most passing edits agree on; then an edit that uses what
the code names and never reads or says what its docstring says (Candidate.fulfils), or
makes a second key a tie-break (`a < b or (a == b and c < d)`); then
the one that changes least on variations of the tests' arguments; then the proposers' own order (most
suspicious line, smallest edit). The chosen fix carries its evidence, weak or not.

When nothing passes, the best partial results seed the next round, where a second
edit may finish one: those that made the most failing tests pass, or, when none did,
up to three side by side (further in a failing test, nearer its numbers, or the first
to change how a failing test fails, those the tests' values single out first). A first
round with a partial fix in hand stops at two thirds of the candidates or the time to
leave room for it.
"""

from __future__ import annotations

import itertools
import math
import re
import time
from collections import Counter, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import closing
from dataclasses import dataclass, field
from typing import Protocol

from ..document import SourceDocument
from ..edits import Edit, minimal_edits
from ..positions import LineIndex, decode, encode
from ..syntax import find_problems
from ..targets import FunctionTarget, fixtures_requested, function_named, outermost_function, test_files_text, test_source, walk
from ..testing.results import RunResult, TestResult, merge_runs
from ..testing.runner import Override, TestRunner, Tracing, run_tests
from ..testing.shadow import ShadowWorkspace
from . import templates
from .budget import Budget, Deadline
from .candidates import Candidate
from .conditions import deletions_in_disguise, promising_edits
from .evidence import Evidence
from .failures import asserted_fields, escaped_exceptions, exceptions_tests_expect
from .localize import function_lines, suspiciousness, toward_fields
from .pairs import Partial, joined_pairs
from .plausibility import REJECT, SUSPECT, Defect, defects

# After the first plausible candidate the search goes on for EXTRA_CANDIDATES more
# (enough to see the natural fix beside a lucky one), within EXTRA_SHARE of the budget.
# Counted in candidates, not seconds, so that equal runs choose alike on any machine.
EXTRA_CANDIDATES = 30
EXTRA_SHARE = 0.25
# After a plausible candidate of a suspect shape only (see plausibility), the search goes
# on longer for one of a better shape: it is often a few lines of candidates further.
SUSPECT_EXTRA_CANDIDATES = 300
# And when every plausible candidate of a round has a suspect shape, the next round looks
# for a second edit to its partial fixes among this many more.
SECOND_EDIT_CANDIDATES = 100
# The share of the candidate limit (and of the search's time) a round may use once it
# has a partial fix, when another round can build on it: a two-edit bug needs some left
# for its second edit.
FIRST_ROUND_SHARE = 2 / 3
# Up to this many failing tests, a candidate's first check runs them all.
ALL_FAILING_CHECKED = 6
# Partial fixes a next round builds on side by side, when none made a failing test pass.
BEAM = 3
# With several runners, how many candidates per runner may be started ahead of the one the
# search waits for: one slow candidate does not hold the others' runners idle.
AHEAD_PER_RUNNER = 2
_NUMBERS_COMPARED = re.compile(r"assert (-?\d+(?:\.\d+)?(?:e[-+]?\d+)?) == (-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*$", re.MULTILINE)
# Two values compared that differ only in their numbers: `assert [(3, 'Hebden', 56.5)] == [(3, 'Hebden', 82.5)]`.
_VALUES_COMPARED = re.compile(r"assert (.+) == (.+?)\s*$", re.MULTILINE)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?")
# The least time a test gets in a candidate's first check (see _candidate_timeout).
CANDIDATE_SECONDS = 0.2
# Argument sets (each with its variations) on which candidates that pass every test are compared.
PROBED_ARGUMENTS = 12
PROBE_SECONDS = 10.0
PROBE_LEAST_SECONDS = 1.0  # below this, the probe is skipped: most take a fraction of a second
# Below this many calls from tests that passed before, "the result did not change on
# them" says little: a patch that only fits the failing inputs keeps one or two alike.
FEW_RECORDED_CALLS = 3


@dataclass(frozen=True)
class RefineJob:
    path: str  # the file holding the function, relative to the project root
    text: str  # the file's text to repair: the editor's buffer or the file on disk
    qualname: str
    tests: list[str]  # node ids the function is judged by: failing because of it, or running it
    budget: Budget = Budget()
    seed: int = 0
    deadline: Deadline | None = None  # default: budget.seconds from the start of the job
    # The function does not run at import, so an edit inside it cannot change what importing
    # the tests does: the runners may import them once for all the candidates.
    import_once: bool = False
    # A first look at one of several suspects: the search stops after this many candidates
    # unless one made a failing test pass (0: no such limit).
    glance: int = 0
    # The texts of the project modules the file imports: their classes and constants.
    neighbours: tuple[str, ...] = ()
    # Tests that ran out of time in the last run of every test, on these same files and
    # with at least this job's limit: the baseline takes their result instead of waiting
    # for each again.
    hung: dict[str, TestResult] = field(default_factory=dict)


# A candidate's first check (its failing tests) and, when they all passed, the rest of its tests.
Outcome = tuple[RunResult, RunResult | None]


@dataclass
class JobMemory:
    """What a job's runs gave, while the files stay as they are: its tests' baseline run,
    and each candidate's outcome by the whole file's text."""

    baseline: RunResult | None = None
    outcomes: dict[str, Outcome] = field(default_factory=dict)


@dataclass(frozen=True)
class Attempt:
    candidate: Candidate
    failures: list[TestResult]  # of the failing tests, those it left failing
    fixed: frozenset[str] = frozenset()  # the failing tests it made pass

    @property
    def passing(self) -> int:
        return len(self.fixed)


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
    deadline: Deadline = field(default_factory=Deadline.never)
    tests_source: dict[str, str] = field(default_factory=dict)  # failing node id -> the test's source
    neighbours: tuple[str, ...] = ()  # the texts of the project modules the file imports
    test_texts: tuple[str, ...] = ()  # the texts of the test modules and their conftest.py files
    # Edits of the function's conditions the values the tests gave single out (conditions.promising_edits).
    promising: Collection[tuple[int, str]] = frozenset()
    # Clause drops the tests cannot tell from another edit of the condition (conditions.deletions_in_disguise).
    deletions: Collection[tuple[int, str]] = frozenset()
    # The sources of the fixtures the failing tests ask for (targets.fixtures_requested).
    fixtures_source: tuple[str, ...] = ()


class Proposer(Protocol):
    name: str

    def propose(self, context: ProposalContext) -> Iterable[Candidate]: ...


@dataclass(frozen=True)
class Progress:
    round: int
    candidates: int
    passing: int
    total: int
    plausible: int = 0

    def __str__(self) -> str:
        found = f" · {self.plausible} pass every test" if self.plausible else ""
        return f"round {self.round} · {self.candidates} candidates · {self.passing}/{self.total} tests pass{found}"


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
    kinds: list[str] = field(default_factory=list)  # proposers that offered candidates
    cut_short: bool = False  # the budget ended it
    patch_shaped: bool = False  # a fix with a shape people rarely mean (plausibility.SUSPECT)


class Cancelled(Exception):
    pass


@dataclass
class _Plausible:
    """A candidate that passes every test of the job."""

    candidate: Candidate
    text: str  # the whole file with it
    order: int  # position in the search
    runs: dict[str, TestResult]  # every test of the job, with the candidate
    defects: list[Defect]
    override: Override
    probed: list[str] | None = None  # what it returned on the arguments tests passed it, and variations


def refine(
    job: RefineJob,
    shadow: ShadowWorkspace,
    runners: Sequence[TestRunner],
    proposers: list[Proposer],
    on_progress: Callable[[Progress], None] = lambda _: None,
    cancelled: Callable[[], bool] = lambda: False,
    memory: JobMemory | None = None,
) -> RefineResult:
    """`memory`: what an earlier search of the same job ran, filled as this one runs: a
    second search of the same function repeats no run."""
    started = time.monotonic()
    result = RefineResult("unfixed", job.path, job.qualname, "")
    deadline = job.deadline or Deadline.after(job.budget.seconds)
    try:
        _Refinement(job, shadow, runners, proposers, on_progress, cancelled, deadline, memory or JobMemory()).run(result)
    except Cancelled:
        result.status, result.message = "cancelled", "cancelled"
    finally:
        shadow.write(job.path, job.text)  # the next job starts from the user's text
        result.seconds = time.monotonic() - started
    return result


class _Refinement:
    def __init__(
        self,
        job: RefineJob,
        shadow: ShadowWorkspace,
        runners: Sequence[TestRunner],  # one, or several to try candidates side by side
        proposers: list[Proposer],
        on_progress: Callable[[Progress], None],
        cancelled: Callable[[], bool],
        deadline: Deadline,
        memory: JobMemory,
    ) -> None:
        self.job, self.shadow, self.runners, self.proposers = job, shadow, list(runners), proposers
        self.memory = memory
        self.on_progress, self.cancelled, self.deadline = on_progress, cancelled, deadline
        self.attempts: list[Attempt] = []
        self.plausible: list[_Plausible] = []
        self.tried = 0  # candidates proposed, duplicates and unparsable ones included
        self.kinds: list[str] = []
        self.best: Attempt | None = None  # the attempt that made the most failing tests pass, to report
        self.partials: list[Attempt] = []  # this round's attempts that got part of the way
        self.moved: list[Attempt] = []  # this round's first attempts that changed how a failing test fails
        # The first plausible candidate whose shape is not rejected, and when it was found:
        # only such a one ends the search.
        self.found: _Plausible | None = None
        self.found_at = 0.0
        self.found_round = 0
        self.round = 1
        self.round_start, self.round_started_at = 0, 0.0  # attempts before this round, and when it began
        self.conversion: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # (escaped, expected instead)
        self.disguised: dict[tuple[int, str], str] = {}  # see conditions.deletions_in_disguise
        self.tested_words: frozenset[str] = frozenset()  # the words the failing tests' strings say
        self.built_on: dict[str, str] = {}  # a later round's candidate text -> the edit its base made

    def run(self, result: RefineResult) -> None:
        job, budget = self.job, self.job.budget
        source = encode(job.text)
        target = function_named(SourceDocument(source), job.qualname)
        if target is None:
            result.status, result.message = "error", f"{job.qualname} is not defined in {job.path}"
            return
        if not job.tests:
            result.status, result.message = "skipped", f"no tests found for {job.qualname}"
            return
        self.first_line = LineIndex(source).line_of(target.start) + 1
        self.test_texts = test_files_text(self.shadow.root, job.tests)
        try:
            self.watches = templates.watches(source, target, job.neighbours, self.test_texts)
        except ValueError:  # the function does not parse on its own: nothing to watch
            self.watches = templates.Watches({}, frozenset())
        self.tracing = Tracing(calls_of=(job.path, self.first_line))

        self.shadow.write(job.path, job.text)
        # Python test files only: a doctest of a text file has no module to import.
        test_files = sorted({f for n in job.tests if (f := n.split("::", 1)[0]).endswith(".py")}) if job.import_once else []
        for runner in self.runners:
            runner.import_tests(test_files)
        watching = Tracing(
            job.path, calls_of=self.tracing.calls_of, watches=tuple(sorted(self.watches.expressions.items())),
            comprehension_lines=self.watches.comprehensions,
        )
        baseline = self.memory.baseline or self._run_baseline(watching)
        if not baseline.cut_short:
            self.memory.baseline = baseline
        result.tests_before = _outcomes(baseline)
        if baseline.collection_error:
            result.status, result.message = "error", f"tests could not be collected: {baseline.collection_error}"
            return
        if baseline.cut_short:
            result.message, result.cut_short = "the budget ran out while running its tests", True
            return
        failing = sorted(baseline.failed())
        if not failing:
            result.status, result.message = "skipped", "its tests already pass"
            result.tests_after = result.tests_before
            return
        self.baseline, self.failing = baseline, failing
        self.others = [n for n in job.tests if n not in failing]
        self.candidate_timeout = _candidate_timeout(baseline, budget.test_timeout)
        # A candidate whose check runs out of time in one test has failed, unless the bug
        # itself loops: then which other tests it makes pass still guides a second edit.
        self.hangs = any(baseline.results[n].outcome == "timeout" for n in failing)
        self.search_time = self.deadline.left()
        self._search(source, target, function_lines(source, target))
        self._conclude(result)

    def _run_baseline(self, tracing: Tracing) -> RunResult:
        job = self.job
        waited = [n for n in job.tests if n not in job.hung]
        run = self._run_side_by_side(waited, tracing) if waited else RunResult()
        if not run.cut_short:
            run.results.update({n: r for n, r in job.hung.items() if n in job.tests})
        return run

    def _run_side_by_side(self, node_ids: list[str], tracing: Tracing) -> RunResult:
        """Run tests in parts, one per runner, side by side: a baseline of many traced
        tests takes a part of the time on several cores."""
        parts = split_at_files(node_ids, len(self.runners))
        test_timeout = self.job.budget.test_timeout
        if len(parts) == 1:
            return run_tests(self.runners[0], node_ids, test_timeout, tracing, self.deadline.left())
        for runner in self.runners[: len(parts)]:
            runner.warm_up(self.deadline.left())  # here: a worker started in a pool thread dies with it

        def run_part(runner: TestRunner, part: list[str]) -> RunResult:
            return run_tests(runner, part, test_timeout, tracing, self.deadline.left())

        with ThreadPoolExecutor(len(parts)) as pool:
            return merge_runs(list(pool.map(run_part, self.runners, parts)))

    # -- the search ----------------------------------------------------------

    def _search(self, source: bytes, target: FunctionTarget, lines: range) -> None:
        budget, baseline = self.job.budget, self.baseline
        problems_before = len(find_problems(SourceDocument(source)))
        suspicious = suspiciousness(baseline.coverage, set(self.failing), set(baseline.passed()), lines)
        failures = [baseline.results[n] for n in self.failing]
        passed = [baseline.results[n] for n in baseline.passed() if n in baseline.results]
        promising = promising_edits(self.watches.expressions, failures, passed, self.watches.loops)
        self.disguised = deletions_in_disguise(self.watches.expressions, self.watches.drops, [*failures, *passed])
        deletions = {(line, deletion) for (line, _), deletion in self.disguised.items()}
        tests_source = {n: test_source(self.shadow.root, n) for n in self.failing}
        fixtures_source = tuple(fixtures_requested(tests_source.values(), self.test_texts))
        # Lower-case words only: "studio" may be a kind of thing, "Jo Bell" or "B1" is test data.
        self.tested_words = frozenset(
            s for text in tests_source.values() for s in _string_literals(text) if s.isidentifier() and s.islower()
        )
        # An exception escaped where the tests expect another: the fix turns one into the other.
        escaped = escaped_exceptions(failures)
        self.conversion = (escaped, tuple(e for e in exceptions_tests_expect(tests_source.values()) if e not in escaped))
        seen: set[str] = set()
        bases = [(source, target, failures, "")]  # what each round's edits start from, how its tests failed, its edit
        joined: list[Candidate] = []  # the first round's complementary partial fixes, joined
        for round_number in range(1, budget.rounds + 1):
            self.round, self.partials, self.moved = round_number, [], []
            self.round_start, self.round_started_at = len(self.attempts), time.monotonic()
            starts = [
                (
                    base_source, base_target, _Placement.of(self.job.path, base_source, base_target),
                    ProposalContext(
                        base_source, base_target,
                        # After a first edit, where the assertions still failing look comes first.
                        suspicious if base_source == source
                        else toward_fields(suspicious, base_source, base_target, asserted_fields(base_failures)),
                        base_failures, self.attempts, round_number, self.job.seed,
                        budget.candidates - len(self.attempts), self.deadline, tests_source, self.job.neighbours,
                        self.test_texts, promising if base_source == source else set(),
                        deletions if base_source == source else set(),
                        fixtures_source,
                    ),
                )
                for base_source, base_target, base_failures, _ in bases
            ]
            if joined:
                home = _Placement.of(self.job.path, source, target)
                if self._try(self._gated(_Listed(joined), starts[0][3], source, target, home, seen, problems_before), failures):
                    return
            for proposer in self.proposers:
                if self._round_over():
                    break
                gated = _interleaved([
                    self._gated(proposer, context, base_source, base_target, placement, seen, problems_before, edit)
                    for (base_source, base_target, placement, context), (*_, edit) in zip(starts, bases)
                ])
                if self._try(gated, failures):
                    return
            if self.found is not None and not self._second_edit_wanted():
                return
            if round_number == 1:
                text = decode(source[target.start : target.end])
                joined = joined_pairs(text, [Partial(a.candidate, a.fixed) for a in self.partials if a.passing], self.failing)
            # The next round starts from the best partial fixes: a second edit may finish one.
            bases = []
            for attempt in self._bases(failures):
                base_source = source[: target.start] + encode(attempt.candidate.text) + source[target.end :]
                base_target = function_named(SourceDocument(base_source), self.job.qualname)
                if base_target is not None:
                    bases.append((base_source, base_target, attempt.failures, self._described(attempt.candidate)))
            if not bases:
                return

    def _try(self, gated: Iterator[tuple[Candidate, Override]], failures: list[TestResult]) -> bool:
        """Run these candidates in order, until the round is over; True when the search is."""
        # Closed on leaving: the candidates still running end before anything else runs.
        with closing(self._evaluated(gated)) as evaluated:
            for candidate, override, (check, rest) in evaluated:
                if self._should_stop():
                    return True
                attempt = self._record(candidate, override, check, rest, self.round)
                if attempt is not None:
                    self._note_progress(attempt, failures)
                if self._round_over():
                    break
        return False

    def _note_progress(self, attempt: Attempt, failures: list[TestResult]) -> None:
        """Keep an attempt that got part of the way: it made some failing tests pass, or
        one fails further on in its body or nearer the numbers it expects; or else it
        changed how a failing test fails (the first few, and every one the tests' values
        single out)."""
        if 0 < attempt.passing < len(self.failing):
            best = self.best
            if best is None or (attempt.passing, -attempt.candidate.size) > (best.passing, -best.candidate.size):
                self.best = attempt
        if 0 < attempt.passing < len(self.failing) or _got_further(attempt, failures) or _came_nearer(attempt, failures):
            self.partials.append(attempt)
        elif (len(self.moved) < BEAM or attempt.candidate.judged) and _moves_a_failure(attempt, failures):
            self.moved.append(attempt)

    def _bases(self, failures: list[TestResult]) -> list[Attempt]:
        """What the next round builds on, up to BEAM attempts side by side: those that made
        the most failing tests pass; when none made one pass, those that got furthest in
        the failing tests, then nearest the numbers they expect, then the first that
        changed how a failing test fails; those the tests' values single out first."""
        ranked = sorted(
            self.partials, key=lambda a: (-a.passing, -_got_further(a, failures), _numeric_gap(a.failures), a.candidate.size)
        )
        if ranked and ranked[0].passing:
            # All that made as many pass: `+` -> `-` may do so by chance where `+` -> `*` is half the fix.
            chosen = [a for a in ranked if a.passing == ranked[0].passing]
        else:
            # What the tests' values single out first: `<=` -> `<` that ends a loop one
            # round sooner only where a failing test ran it.
            chosen = sorted([*ranked, *self.moved], key=lambda a: not a.candidate.judged)
        # Attempts that fail alike (`9` -> `1` and `9` -> `True`) are one base, unless the
        # beam has room left: `<=` -> `==` and `<=` -> `<` may fail alike, and only the
        # second be half of the fix.
        alike = {tuple(f.message for f in a.failures): a for a in reversed(chosen)}
        distinct = [a for a in chosen if a in alike.values()]
        bases = [*distinct, *(a for a in chosen if a not in distinct)][:BEAM]
        # The attempt that brought the failing tests nearest the numbers they expect keeps a
        # place: a unit converted (`limit_minutes * 60`) may pass as many tests as a lucky
        # `-` -> `/` that gets further.
        nearest = max(chosen, key=lambda a: _drawn_nearer(a, failures), default=None)
        if nearest is not None and nearest not in bases and _drawn_nearer(nearest, failures) > 0:
            bases[-1] = nearest
        return bases

    def _should_stop(self) -> bool:
        if self.cancelled():
            raise Cancelled
        if self.deadline.passed or len(self.attempts) >= self.job.budget.candidates:
            return True
        if self.found is None:
            return 0 < self.job.glance <= len(self.attempts) and self.best is None
        return self._extras_spent(self.found) and not self._second_edit_wanted()

    def _extras_spent(self, found: _Plausible) -> bool:
        """The search after the plausible candidate found (in this round, for a round that
        began after it) has used its candidates or its share of the time."""
        since = max(found.order, self.round_start)
        late = time.monotonic() > max(self.found_at, self.round_started_at) + EXTRA_SHARE * self.job.budget.seconds
        if not _count(found, SUSPECT):
            extra = EXTRA_CANDIDATES
        else:
            extra = SECOND_EDIT_CANDIDATES if self.round > self.found_round else SUSPECT_EXTRA_CANDIDATES
        return late or len(self.attempts) - since >= extra

    def _second_edit_wanted(self) -> bool:
        """Every plausible candidate of this round has a suspect shape, and some attempts
        got part of the way: a two-edit bug's lucky one-edit patch, where a next round
        may finish a partial fix (`>` -> `>=` beside `len(samples)` -> `len(recent)`)."""
        return (
            self.found is not None and _count(self.found, SUSPECT) > 0 and self.found_round == self.round
            and self.round < self.job.budget.rounds and bool(self.partials or self.moved)
        )

    def _round_over(self) -> bool:
        """The search is over, or this round has a partial fix in hand and has used its share
        of the candidates or of the time: the next round needs some left for a second edit."""
        if self._should_stop():
            return True
        if self.found is not None:
            return self._extras_spent(self.found)  # and a second edit is wanted, or the search would have stopped
        budget, partial = self.job.budget, bool(self.partials or self.moved)
        if not partial or self.round >= budget.rounds:
            return False
        finite = 0 < self.search_time < math.inf
        used_time = 1 - self.deadline.left() / self.search_time if finite else 0.0
        return max(used_time, len(self.attempts) / budget.candidates) >= FIRST_ROUND_SHARE

    def _gated(
        self,
        proposer: Proposer,
        context: ProposalContext,
        source: bytes,
        target: FunctionTarget,
        placement: _Placement,
        seen: set[str],
        problems_before: int,
        base_edit: str = "",
    ) -> Iterator[tuple[Candidate, Override]]:
        """The proposer's candidates that are new and parse, ready to run."""
        for candidate in proposer.propose(context):
            self.tried += 1
            if candidate.text in seen:
                continue
            seen.add(candidate.text)
            if base_edit:
                self.built_on[candidate.text] = base_edit
            if proposer.name not in self.kinds:
                self.kinds.append(proposer.name)
            new_source = source[: target.start] + encode(candidate.text) + source[target.end :]
            if len(find_problems(SourceDocument(new_source))) > problems_before:
                continue  # the syntax gate: never test what does not parse
            yield candidate, placement.override(candidate, new_source)

    def _evaluated(self, items: Iterator[tuple[Candidate, Override]]) -> Iterator[tuple[Candidate, Override, Outcome]]:
        """Each candidate with its outcome, known from an earlier search or from running its
        tests, in the candidates' order, so the search decides as one runner would. With
        several runners, a freed runner starts the next candidate at once (not when the
        slower of a batch ends), up to a few candidates ahead of the one the search waits
        for; one written to the shadow (not loaded in place) runs alone, since they share it."""
        def alone(override: Override) -> Outcome:
            return self._outcome(override, lambda: self._check(self.runners[0], override))

        if len(self.runners) == 1:
            for candidate, override in items:
                yield candidate, override, alone(override)
            return
        ahead = AHEAD_PER_RUNNER * len(self.runners)
        free = list(reversed(self.runners))  # popped from the end: the first runner first
        running: dict[Future[Outcome], TestRunner] = {}
        waiting: deque[tuple[Candidate, Override, Future[Outcome]]] = deque()
        with ThreadPoolExecutor(len(self.runners)) as pool:  # leaving it waits for the runs under way
            for candidate, override in items:
                if not override.in_place:
                    yield from self._finished(waiting, running, free, room=0)
                    yield candidate, override, alone(override)
                    continue
                yield from self._finished(waiting, running, free, room=ahead)
                known = self.memory.outcomes.get(override.text)
                future: Future[Outcome]
                if known is not None:
                    future = Future()
                    future.set_result(known)
                else:
                    runner = free.pop()
                    runner.warm_up(self.deadline.left())  # here: a worker started in a pool thread dies with it
                    future = pool.submit(self._check, runner, override)
                    running[future] = runner
                waiting.append((candidate, override, future))
            yield from self._finished(waiting, running, free, room=0)

    def _finished(
        self,
        waiting: deque[tuple[Candidate, Override, Future[Outcome]]],
        running: dict[Future[Outcome], TestRunner],
        free: list[TestRunner],
        room: int,
    ) -> Iterator[tuple[Candidate, Override, Outcome]]:
        """The waiting candidates whose outcome is in, in order, until a runner is free and
        fewer than `room` candidates wait (with no room: until none waits)."""
        while True:
            while waiting and waiting[0][2].done():
                candidate, override, future = waiting.popleft()
                yield candidate, override, self._outcome(override, future.result)
            for future in [f for f in running if f.done()]:  # after: a runner whose result went is free
                free.append(running.pop(future))
            if not waiting or (free and len(waiting) < room):
                return
            wait(running, return_when=FIRST_COMPLETED)

    def _outcome(self, override: Override, check: Callable[[], Outcome]) -> Outcome:
        """The candidate's outcome, known or from `check`; kept when the budget did not cut it short."""
        known = self.memory.outcomes.get(override.text)
        if known is not None:
            return known
        outcome = check()
        run, rest = outcome
        if not run.cut_short and not (rest is not None and rest.cut_short):
            self.memory.outcomes[override.text] = outcome
        return outcome

    def _check(self, runner: TestRunner, override: Override) -> Outcome:
        """The failing tests first; the rest only when they all pass."""
        # The failing tests first, and, when there are many, only until one still fails: that
        # is the common case. A few all run: which of them an edit makes pass guides a second edit.
        many = len(self.failing) > ALL_FAILING_CHECKED
        check = self._run(
            runner, self.failing, self.candidate_timeout, override, stop_at_failure=many, stop_at_timeout=not self.hangs
        )
        if check.cut_short or not all(n in check.passed() for n in self.failing):
            return check, None
        rest = self._run(runner, self.others, self.job.budget.test_timeout, override) if self.others else RunResult()
        return check, rest

    def _record(
        self, candidate: Candidate, override: Override, check: RunResult, rest: RunResult | None, round_number: int
    ) -> Attempt | None:
        if check.cut_short:
            return None  # the budget ended it: says nothing about the candidate
        passed = set(check.passed())
        fixed = frozenset(n for n in self.failing if n in passed)
        attempt = Attempt(candidate, [check.results[n] for n in self.failing if n in check.results and n not in passed], fixed)
        self.attempts.append(attempt)
        if rest is not None and not rest.cut_short and all(n in rest.passed() for n in self.others):
            runs = {**check.results, **rest.results}
            shapes = defects(self.job.text, override.text, self.first_line)
            plausible = _Plausible(candidate, override.text, len(self.attempts), runs, shapes, override)
            self.plausible.append(plausible)
            # The first of an acceptable shape, or the first of no suspect shape after it.
            better = self.found is None or (_count(self.found, SUSPECT) and not _count(plausible, SUSPECT))
            if better and not _count(plausible, REJECT):
                self.found, self.found_at, self.found_round = plausible, time.monotonic(), self.round
        self.on_progress(Progress(round_number, len(self.attempts), len(fixed), len(self.failing), len(self.plausible)))
        return attempt

    def _run(
        self,
        runner: TestRunner,
        tests: list[str],
        test_timeout: float,
        override: Override | None = None,
        stop_at_failure: bool = False,
        stop_at_timeout: bool = False,
    ) -> RunResult:
        return run_tests(runner, tests, test_timeout, self.tracing, self.deadline.left(), override, stop_at_failure, stop_at_timeout)

    # -- choosing --------------------------------------------------------------

    def _conclude(self, result: RefineResult) -> None:
        result.attempts, result.kinds = len(self.attempts), self.kinds
        result.cut_short = self.deadline.passed
        acceptable = [p for p in self.plausible if not any(d.severity == REJECT for d in p.defects)]
        if not acceptable:
            self._unfixed(result)
            return
        original = self._probe(acceptable)
        backers = _backers(acceptable)
        deeper = _deeper_than_needed(self.job.text, acceptable)
        made = {p.candidate.condition for p in acceptable}
        given = _string_literals(self.job.text)
        chosen = min(
            acceptable,
            key=lambda p: (
                _count(p, SUSPECT),
                _hides_a_deletion(p, self.disguised, made, self.job.text),
                self._calls_changed(p),
                -_converted(original, p.probed, *self.conversion),
                _new_kinds(original, p.probed),
                deeper[p.order],
                # A member of an enumeration a failing test gives and the function never
                # handled: `by="studio"` and `cancelled_by == "studio"`, over `not notice`
                # that happens to pass.
                not (_string_literals(p.text) - given) & self.tested_words,
                -backers[_behaviour_and_probes(p)],
                not (p.candidate.fulfils or _breaks_a_tie(p, self.job.text)),
                _probe_differences(original, p.probed) - _converted(original, p.probed, *self.conversion),
                p.order,
            ),
        )
        result.status = "fixed"
        described = self._described(chosen.candidate)
        result.message = f"{described}: {len(self.failing)} failing test(s) now pass"
        result.old_text, result.new_text = self.job.text, chosen.text
        result.edits = minimal_edits(self.job.text, chosen.text)
        result.tests_after = {n: r.outcome for n, r in sorted(chosen.runs.items())}
        result.proposer, result.description = chosen.candidate.proposer, described
        result.evidence = self._evidence(chosen, acceptable)
        result.patch_shaped = bool(_count(chosen, SUSPECT))

    def _described(self, candidate: Candidate) -> str:
        """The candidate's edit, after the edits of the bases it was built on."""
        base = self.built_on.get(candidate.text)
        return f"{base} and {candidate.description}" if base else candidate.description

    def _unfixed(self, result: RefineResult) -> None:
        result.status = "unfixed"
        if self.plausible:
            shapes = sorted({d.description for p in self.plausible for d in p.defects})
            result.message = f"only edits that look wrong made the tests pass ({'; '.join(shapes)})"
        elif self.deadline.passed:
            result.message = "budget exhausted"
        elif len(self.attempts) >= self.job.budget.candidates:
            result.message = f"candidate limit reached ({self.job.budget.candidates})"
        else:
            result.message = f"no candidate made all {len(self.failing)} failing test(s) pass"
        best = self.best
        if best is not None:
            result.description = f"best partial: {self._described(best.candidate)} ({best.passing} more test(s) pass)"
            result.proposer = best.candidate.proposer

    def _calls_changed(self, plausible: _Plausible) -> int:
        return sum(_differences(self.baseline.results[n].calls, plausible.runs[n].calls) for n in self.others)

    def _probe(self, acceptable: list[_Plausible]) -> list[str] | None:
        """When several candidates pass every test, call the function as the tests called
        it and on variations of those arguments, for the original and each candidate
        (PATCH-SIM's idea on generated inputs: a right fix changes the function's behaviour
        where the tests need it, a lucky one changes it everywhere, or somewhere else).
        What the original returned; None when the function cannot be called on its own."""
        module = _module_name(self.job.path)
        arguments = list(dict.fromkeys(a for r in self.baseline.results.values() for a in r.arguments or []))
        if len(acceptable) < 2 or module is None or not arguments or "<locals>" in self.job.qualname or "#" in self.job.qualname:
            return None
        arguments = arguments[:PROBED_ARGUMENTS]

        def probe(override: Override | None) -> list[str] | None:
            timeout = min(PROBE_SECONDS, self.deadline.left())
            if timeout < PROBE_LEAST_SECONDS:
                return None
            return self.runners[0].probe_calls(module, self.job.qualname, arguments, timeout=timeout, override=override)

        original = probe(None)
        if original is None:
            return None
        for plausible in acceptable:
            plausible.probed = probe(plausible.override)
        return original

    def _evidence(self, chosen: _Plausible, acceptable: list[_Plausible]) -> Evidence:
        recorded = sum(len(self.baseline.results[n].calls or []) for n in self.others)
        # Capped: a fix that changes how often the function is called counts each extra call as a change.
        changed = min(self._calls_changed(chosen), recorded)
        differing = sum(1 for p in acceptable if p is not chosen and _behaviour_and_probes(p) != _behaviour_and_probes(chosen))
        weak = [d.description for d in chosen.defects]
        if not self.others:
            weak.append(f"no test that passed before runs {self.job.qualname}: nothing checked what else the edit changes")
        elif recorded == 0:
            weak.append(f"the tests that passed before never returned from {self.job.qualname}: nothing to compare")
        elif recorded < FEW_RECORDED_CALLS:
            weak.append(f"only {recorded} call(s) from tests that passed before to compare: too few to tell a fix from a patch")
        if changed:
            weak.append(f"the result changed on {changed} of {recorded} call(s) that passing tests made")
        if differing:
            weak.append(f"{differing} other edit(s) also pass every test but behave differently (on the tests' calls or on variations of them)")
        return Evidence(
            tests_fixed=list(self.failing),
            tests_kept=len(self.others),
            calls_recorded=recorded,
            calls_changed=changed,
            other_plausible=differing,
            weak=weak,
        )


@dataclass(frozen=True)
class _Placement:
    """Where a round's candidates go, for loading them in place (see Override): the
    outermost function holding the target keeps its decorators and signature, unless the
    target is that function and its header changed (a nested function's header is part
    of its outer function's body)."""

    path: str
    qualname: str  # the outermost function's
    line: int  # its first line
    header: bytes | None  # the target's decorators and signature when it is the outermost

    @classmethod
    def of(cls, path: str, source: bytes, target: FunctionTarget) -> "_Placement":
        outermost = outermost_function(SourceDocument(source), target)
        header = source[target.start : target.body_start] if outermost.start == target.start else None
        return cls(path, outermost.qualname.split("#", 1)[0], LineIndex(source).line_of(outermost.start) + 1, header)

    def override(self, candidate: Candidate, new_source: bytes) -> Override:
        in_place = self.header is None or encode(candidate.text).startswith(self.header)
        return Override(self.path, decode(new_source), self.qualname, self.line, in_place)


@dataclass(frozen=True)
class _Listed:
    """Candidates made before the round, offered as a proposer's."""

    candidates: list[Candidate]
    name: str = "templates"

    def propose(self, context: ProposalContext) -> Iterable[Candidate]:
        return self.candidates


def split_at_files(node_ids: Sequence[str], parts: int) -> list[list[str]]:
    """`node_ids` in at most `parts` contiguous parts of about the same size, each test
    file's tests in one part: tests of one file may count on running in their order."""
    files = [list(tests) for _, tests in itertools.groupby(node_ids, key=lambda n: n.split("::", 1)[0])]
    share = len(node_ids) / max(1, parts)
    split: list[list[str]] = [[] for _ in range(max(1, parts))]
    before = 0
    for tests in files:  # a file goes to the part its middle test falls in
        split[min(len(split) - 1, int((before + len(tests) / 2) / share))].extend(tests)
        before += len(tests)
    return [part for part in split if part]


def _interleaved(sources: list[Iterator[tuple[Candidate, Override]]]) -> Iterator[tuple[Candidate, Override]]:
    """One candidate from each source in turn, until all are spent."""
    while sources:
        for source in list(sources):
            item = next(source, None)
            if item is None:
                sources.remove(source)
            else:
                yield item


def _got_further(attempt: Attempt, before: list[TestResult]) -> int:
    """Failing tests that now fail on a later line of their own file: more of their
    assertions pass (a two-edit bug, one edit in)."""
    lines = {r.nodeid: _line_in_test(r) for r in before}
    return sum(1 for r in attempt.failures if (line := _line_in_test(r)) is not None and line > (lines.get(r.nodeid) or line))


def _came_nearer(attempt: Attempt, before: list[TestResult]) -> bool:
    """A failing test still compares two numbers, and they are nearer than before
    (`assert 3 == 5` where it was `assert -5 == 5`): an edit on the way, or a lucky one,
    so such attempts only ever go side by side with others into the next round."""
    gaps = {r.nodeid: _numeric_gap([r]) for r in before}
    return any(_numeric_gap([r]) < gaps.get(r.nodeid, math.inf) for r in attempt.failures)


def _numeric_gap(failures: list[TestResult]) -> float:
    """How far apart the numbers of the failing `assert <number> == <number>` (or of two
    values that differ only in numbers) are, summed; inf for any other failure."""
    return sum(_gap(result.message) for result in failures) if failures else math.inf


def _gap(message: str) -> float:
    found = _NUMBERS_COMPARED.match(message) or _VALUES_COMPARED.match(message)
    if found is None or _NUMBER.sub("#", found[1]) != _NUMBER.sub("#", found[2]):
        return math.inf
    return sum(abs(float(a) - float(b)) for a, b in zip(_NUMBER.findall(found[1]), _NUMBER.findall(found[2])))


def _drawn_nearer(attempt: Attempt, before: list[TestResult]) -> float:
    """How much nearer the numbers they expect the failing tests came, summed over those
    whose numbers compare both before and after the attempt."""
    gaps = {r.nodeid: _gap(r.message) for r in before}
    nearer = [gaps[r.nodeid] - gap for r in attempt.failures if (gap := _gap(r.message)) < math.inf and gaps.get(r.nodeid, math.inf) < math.inf]
    return sum(nearer)


def _line_in_test(result: TestResult) -> int | None:
    test_file = result.nodeid.split("::", 1)[0]
    return next((f.line for f in reversed(result.traceback) if f.path == test_file), None)


def _moves_a_failure(attempt: Attempt, before: list[TestResult]) -> bool:
    """The failing tests still fail, one of them differently (another assertion, other values):
    the edit touched what matters, and may be half of a two-edit fix. What the function
    returned counts too: pytest cuts long values short in its report."""
    reports = {r.nodeid: (r.message, r.calls) for r in before}
    after = {r.nodeid: r for r in attempt.failures}  # the check stops at the first failure
    return bool(after) and all(r.outcome == "failed" and r.message for r in after.values()) and any(
        (r.message, r.calls) != reports.get(n) for n, r in after.items()
    )


def _hides_a_deletion(
    plausible: _Plausible, disguised: Mapping[tuple[int, str], str], made: Collection[object], original: str
) -> bool:
    """The candidate's edit of a condition did, on the tests, what dropping one of its
    clauses does, and that deletion passes too (conditions.deletions_in_disguise): what the
    edit adds beyond the deletion, no test asked for."""
    condition = plausible.candidate.condition
    deletion = disguised.get(condition) if condition is not None else None
    return deletion is not None and (condition[0], deletion) in made and not _breaks_a_tie(plausible, original)


# `a < b or (a == b and c < d)`: the second key decides only a tie of the first.
_TIE_BREAK = re.compile(r"(?P<a>[\w.]+) [<>]=? (?P<b>[\w.]+) or \((?P=a) == (?P=b) and ")


def _breaks_a_tie(plausible: _Plausible, original: str) -> bool:
    """The candidate's edit of a condition makes its second key a tie-break: what a second
    key compared is for, rather than a clause to drop, though no test has a tie."""
    condition = plausible.candidate.condition
    tie = _TIE_BREAK.search(condition[1]) if condition is not None else None
    return tie is not None and tie.group(0) not in original


def _count(plausible: _Plausible, severity: str) -> int:
    return sum(1 for d in plausible.defects if d.severity == severity)


def _string_literals(text: str) -> frozenset[str]:
    """The plain, non-empty string literals of the code, by what they say (`'a'` is `"a"`)."""
    strings = (n for n in walk(SourceDocument(text).tree.root_node) if n.type == "string")
    return frozenset(
        decode(b"".join(c.text or b"" for c in n.named_children if c.type == "string_content"))
        for n in strings if not any(c.type == "interpolation" for c in n.named_children)
    ) - {""}


def _module_name(path: str) -> str | None:
    """The dotted name a project file is imported by (the project root and src/ are on the path)."""
    parts = path.removesuffix(".py").split("/")
    if parts[0] == "src":
        parts = parts[1:]
    if parts and parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts) if parts and all(p.isidentifier() for p in parts) else None


def _differences(before: list[str] | None, after: list[str] | None) -> int:
    before, after = before or [], after or []
    return sum(1 for a, b in zip(before, after) if a != b) + abs(len(before) - len(after))


# Exceptions a function raises by accident, not by design: a candidate that returns a
# value where the original crashed with one of these has not changed what it was meant to do.
_CRASHES = frozenset({"IndexError", "TypeError", "AttributeError", "ZeroDivisionError", "UnboundLocalError", "NameError", "RecursionError"})


def _probe_differences(before: list[str] | None, after: list[str] | None) -> int:
    """Probed calls whose result the candidate changes, but for a crash it ends: of two
    checks of `len(name)`, the one before `name[0]` keeps "" from raising IndexError."""
    ended = sum(
        1 for a, b in zip(before or [], after or [])
        if a.startswith("raise ") and a.removeprefix("raise ") in _CRASHES and not b.startswith("raise ") and b != "slow"
    )
    return _differences(before, after) - ended


def _converted(before: list[str] | None, after: list[str] | None, escaped: tuple[str, ...], wanted: tuple[str, ...]) -> int:
    """Calls on which the original raised an exception that escaped a failing test and the
    candidate raises one the tests expect instead: the fix at work beyond the tests' own
    inputs (an operator short of operands raises SyntaxError wherever it stands)."""
    def raised(result: str) -> str:
        return result.removeprefix("raise ") if result.startswith("raise ") else ""

    return sum(1 for a, b in zip(before or [], after or []) if raised(a) in escaped and raised(b) in wanted)


def _new_kinds(before: list[str] | None, after: list[str] | None) -> int:
    """Kinds of result (None, bool, number, string, list, ...) the candidate returns and
    the original never did: `return ""` or `return None` where the function returns
    booleans satisfies `assert not f(...)`, but not the function's callers."""
    return len({_kind(r) for r in after or []} - {_kind(r) for r in before or []} - {"raise", "slow"})


def _kind(result: str) -> str:
    """The kind of a probed result, from its stable repr (what the arguments hold after
    the call left out)."""
    result = result.split(" ; ", 1)[0]
    if result in ("None", "True", "False", "slow") or result.startswith("raise "):
        return {"True": "bool", "False": "bool"}.get(result, result.split()[0])
    if result[:1] in "'\"":
        return "str"
    if result[:1] in "[({":
        return result[:1]
    try:
        float(result)
        return "number"
    except ValueError:
        return result.split("(", 1)[0]  # an object, by its class


def _backers(acceptable: list[_Plausible]) -> Counter[tuple[object, ...]]:
    """How many kinds of edit reach each behaviour. Edits that agree on what the function
    does, on the tests' calls and on the probes, back each other: a behaviour several
    different edits reach is more likely the one meant than what one lucky edit does (as
    AlphaCode and CodeT choose among programs that pass the same tests). One template's
    variants (`x and C` for every C that never changes a thing) are one voice; each of a
    model's samples is its own. An edit of a shape that looks like a patch (a suspect
    defect: `kept += 1` run only while `kept < 1`) has no voice: what patches agree on is
    no evidence."""
    voices = {(_behaviour_and_probes(p), p.candidate.family or p.order) for p in acceptable if not _count(p, SUSPECT)}
    return Counter(behaviour for behaviour, _ in voices)


def _deeper_than_needed(original: str, acceptable: list[_Plausible]) -> dict[int, int]:
    """How far from its place each candidate puts the statement it inserts (0 for any
    other edit). Its place, of the places the same statement passed from: inside an `if`
    whose condition reads what it changes (`unmatched[g] -= 1` under `if unmatched[g] > 0`:
    it uses up what was checked); else the shallowest. Where the tests cannot tell, a
    forgotten `seen.add(key)` belongs beside the check it serves, not in the one branch
    the failing test happened to take."""
    statement = {p.order: p.candidate.description.rsplit(" on line ", 1)[0] for p in acceptable}
    placed = {  # order -> (inside the `if` it serves, indentation)
        p.order: (_serves_its_check(original, *found), _indent(found[1]))
        for p in acceptable
        if p.candidate.description.startswith("insert `") and (found := _inserted_line(original, p.text)) is not None
    }
    distance = {}
    for p in acceptable:
        if p.order not in placed:
            distance[p.order] = 0
            continue
        serves, depth = placed[p.order]
        places = [placed[q.order] for q in acceptable if q.order in placed and statement[q.order] == statement[p.order]]
        served = [d for s, d in places if s]
        best = min(served) if served else min(d for _, d in places)
        distance[p.order] = abs(depth - best) + (1 if served and not serves else 0)
    return distance


def _inserted_line(original: str, text: str) -> tuple[int, str] | None:
    """Where in `original` the one whole line `text` adds goes, and that line; None for
    another edit (` - 1` added inside a line is no statement)."""
    edits = minimal_edits(original, text)
    if len(edits) != 1 or edits[0].start != edits[0].end or "\n" not in edits[0].new_text:
        return None
    added = edits[0].new_text.strip("\n")
    return None if "\n" in added else (edits[0].start, added)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


# What a statement changes: `total` of `total += x`, `counts[k]` of `counts[k] -= 1`, `seen` of `seen.add(x)`.
_CHANGED = re.compile(r"\s*([A-Za-z_][\w.]*(?:\[[^\]]*\])?)\s*(?:[-+*/%|&]?=(?!=)|\.\w+\()")


def _serves_its_check(original: str, offset: int, line: str) -> bool:
    """The `if` or `elif` the line goes into (the nearest line above it, less indented) reads
    what the line changes."""
    changed = _CHANGED.match(line)
    if changed is None or _moves_on(line):
        return False
    for above in reversed(decode(encode(original)[:offset]).splitlines()):  # `offset` counts bytes
        if above.strip() and _indent(above) < _indent(line):
            return above.lstrip().startswith(("if ", "elif ")) and re.search(
                rf"(?<![\w.]){re.escape(changed.group(1))}(?!\w)", above
            ) is not None
    return False


def _moves_on(line: str) -> bool:
    """`previous = litres`: a value the loop compares each item with moves on at every
    item, not only where the check held (as `best = x` under `if x > best` does)."""
    assigned = re.match(r"\s*([A-Za-z_]\w*)\s*=(?!=)", line)
    return assigned is not None and not _STEP_WORDS.isdisjoint(assigned.group(1).lower().split("_"))


_STEP_WORDS = frozenset({"previous", "prev", "last"})


def _behaviour(plausible: _Plausible) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(plausible.runs[n].calls or ()) for n in sorted(plausible.runs))


def _behaviour_and_probes(plausible: _Plausible) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...] | None]:
    """What the candidate's function did on the tests' calls and returned on the probes."""
    return _behaviour(plausible), None if plausible.probed is None else tuple(plausible.probed)


def _candidate_timeout(baseline: RunResult, test_timeout: float) -> float:
    """Time per test for a candidate's first check. An edit of a loop often makes it
    loop forever (`i += 1` -> `i *= 1`), and a bug that loops makes most candidates loop
    too; waiting the full limit for each would spend the whole budget on a few of them.
    Tests that finished in the baseline show how long a test takes here; a candidate gets
    a generous multiple of that, and the acceptance run still gives every test its full
    limit."""
    finished = [r.duration for r in baseline.results.values() if r.outcome != "timeout"]
    return min(test_timeout, max(CANDIDATE_SECONDS, 10 * max(finished, default=0.0)))


def _outcomes(run: RunResult) -> dict[str, str]:
    return {nodeid: r.outcome for nodeid, r in sorted(run.results.items())}
