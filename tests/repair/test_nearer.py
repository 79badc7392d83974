"""How near the numbers they expect an edit brings the failing tests: what the next round of
a two-edit search builds on."""

from __future__ import annotations

from greenfix.analysis.repair.candidates import Candidate
from greenfix.analysis.repair.loop import Attempt, _drawn_nearer
from greenfix.analysis.testing.results import TestResult


def failed(message: str, test: str = "test_results") -> TestResult:
    return TestResult(f"tests/test_contest.py::{test}", "failed", message=message)


def attempt(*failures: TestResult) -> Attempt:
    return Attempt(Candidate("def results(): ...", "templates", "an edit", 1, 1, "arithmetic"), list(failures))


def test_values_that_differ_only_in_their_numbers_come_nearer_as_those_numbers_do() -> None:
    before = [failed("assert [(1, 'Marsden', 85.0), (3, 'Hebden', 56.5)] == [(1, 'Marsden', 85.0), (3, 'Hebden', 82.5)]")]
    converted = attempt(failed("assert [(1, 'Marsden', 85.0), (3, 'Hebden', 84.5)] == [(1, 'Marsden', 85.0), (3, 'Hebden', 82.5)]"))
    assert _drawn_nearer(converted, before) == 24.0


def test_values_that_differ_in_more_than_numbers_are_not_compared_by_them() -> None:
    before = [failed("assert [(3, 'Hebden', 56.5)] == [(3, 'Hebden', 82.5)]")]
    reordered = attempt(failed("assert [(3, 'Ripley', 82.0)] == [(3, 'Hebden', 82.5)]"))
    assert _drawn_nearer(reordered, before) == 0


def test_plain_numbers_still_count_and_a_test_now_passing_adds_nothing() -> None:
    before = [failed("assert 12 == 17", "test_total"), failed("assert 3 == 5", "test_other")]
    assert _drawn_nearer(attempt(failed("assert 16 == 17", "test_total")), before) == 4.0
