"""What a test run reports back: plain data, no behaviour beyond small queries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

OUTCOMES = ("passed", "failed", "error", "skipped", "timeout")
# The key of RunResult.functions for what ran while the tests were collected (imports).
COLLECTION = "<collection>"


@dataclass(frozen=True)
class Frame:
    """One traceback entry; `path` is relative to the project root when inside it."""

    path: str
    line: int
    function: str


@dataclass
class TestResult:
    # Not a test class, although pytest would otherwise try to collect it.
    __test__ = False

    nodeid: str
    outcome: str
    message: str = ""
    traceback: list[Frame] = field(default_factory=list)
    longrepr: str = ""
    output: str = ""
    locals: dict[str, str] = field(default_factory=dict)
    duration: float = 0.0
    phase: str | None = None  # where it failed: "setup", "call" or "teardown"
    fixture: str | None = None  # for a failure in setup or teardown: the fixture that raised
    # What the recorded function returned (or raised), call by call, and for a None what its
    # arguments held after the call (see pytest_probe); None when not recorded.
    calls: list[str] | None = None
    arguments: list[str] | None = None  # the recorded function's arguments, pickled (base64), first calls only
    watched: dict[int, list[str]] | None = None  # watched line -> one string per time it ran (see pytest_probe)

    @property
    def failed_in_setup(self) -> bool:
        """Failed before or after the test's own body ran: a fixture, not the code under test."""
        return self.outcome in ("error", "failed") and self.phase in ("setup", "teardown")


@dataclass
class RunResult:
    results: dict[str, TestResult] = field(default_factory=dict)
    collection_error: str | None = None
    timed_out: bool = False
    cut_short: bool = False  # a budget's deadline ended it (or left no time to start it)
    override_failed: str | None = None  # why a candidate could not be loaded in place (nothing ran)
    seconds: float = 0.0
    # nodeid -> executed 1-based line numbers of the coverage target file.
    coverage: dict[str, set[int]] = field(default_factory=dict)
    # nodeid -> project functions it executed, as (path, first line); COLLECTION: while importing.
    functions: dict[str, set[tuple[str, int]]] = field(default_factory=dict)

    def with_outcome(self, outcome: str) -> list[str]:
        """Node ids whose outcome is `outcome`, in the order they ran."""
        return [nodeid for nodeid, result in self.results.items() if result.outcome == outcome]

    def passed(self) -> list[str]:
        return self.with_outcome("passed")

    def failed(self) -> list[str]:
        """Node ids that did not pass or skip: failures, errors and timeouts."""
        return [
            nodeid
            for nodeid, result in self.results.items()
            if result.outcome in ("failed", "error", "timeout")
        ]

    def all_passed(self) -> bool:
        """True when the run collected cleanly and every test that ran passed or skipped."""
        return (
            self.collection_error is None
            and not self.timed_out
            and bool(self.results)
            and not self.failed()
        )


def merge_runs(runs: Sequence[RunResult]) -> RunResult:
    """One run of the tests that `runs` ran side by side, each on a part of them, in
    the parts' order."""
    merged = RunResult()
    for run in runs:
        merged.results.update(run.results)
        merged.coverage.update(run.coverage)
        for key, functions in run.functions.items():
            merged.functions.setdefault(key, set()).update(functions)
        merged.collection_error = merged.collection_error or run.collection_error
        merged.override_failed = merged.override_failed or run.override_failed
        merged.timed_out = merged.timed_out or run.timed_out
        merged.cut_short = merged.cut_short or run.cut_short
        merged.seconds = max(merged.seconds, run.seconds)
    return merged


@dataclass
class Collection:
    """Node ids pytest collects for some arguments, or why it could not."""

    node_ids: list[str] = field(default_factory=list)
    error: str | None = None
    timed_out: bool = False
