"""Which attempts that fix nothing yet a next round builds on: those that changed how a
failing test fails, told by what the function returned when pytest's report is cut short."""

from __future__ import annotations

from greenfix.analysis.repair.candidates import Candidate
from greenfix.analysis.repair.loop import Attempt, _moves_a_failure
from greenfix.analysis.testing.results import TestResult

CUT_SHORT = "assert [('Jon', 'Mar...Ivo', 'Sade')] == [('Mara', 'Jo...Sade', 'Ivo')]"


def failing(name: str, message: str, returned: str) -> TestResult:
    return TestResult(f"tests/test_draw.py::{name}", "failed", message=message, calls=[returned])


def attempt(*failures: TestResult) -> Attempt:
    return Attempt(Candidate("def f(): ...", "templates", "an edit", 1, 1), list(failures))


BEFORE = [failing("test_four", CUT_SHORT, "[('Jon', '(bye)'), ('Ivo', '(bye)')]"), failing("test_byes", "assert ['Lu'] == ['Mara']", "[]")]


def test_a_failure_with_the_same_report_but_another_result_has_moved() -> None:
    # Half of a two-edit fix: the draw has the right size now, in the wrong order; the
    # other failing test fails as before.
    half = attempt(failing("test_four", CUT_SHORT, "[('Jon', 'Mara'), ('Ivo', 'Sade')]"), BEFORE[1])
    assert _moves_a_failure(half, BEFORE)


def test_the_same_failures_have_not_moved_and_an_error_is_no_progress() -> None:
    assert not _moves_a_failure(attempt(*BEFORE), BEFORE)
    crashed = attempt(TestResult("tests/test_draw.py::test_four", "error", message="NameError: x"), BEFORE[1])
    assert not _moves_a_failure(crashed, BEFORE)
