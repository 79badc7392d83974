"""What a run reports, for both runners, on the calc project (one bug, one crash, one bad fixture)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from greenfix.analysis.testing.results import Frame, RunResult, TestResult
from greenfix.analysis.testing.runner import Tracing
from tests.testing.rigs import PROJECTS, RUNNER_KINDS, Rig, line_of, open_rig, tree_digest

CALC = PROJECTS / "calc"
SOURCE = CALC / "calc.py"
TESTS = CALC / "tests" / "test_calc.py"


def by_name(run: RunResult) -> dict[str, str]:
    return {nodeid.split("::")[-1]: result.outcome for nodeid, result in run.results.items()}


@pytest.fixture(scope="module", params=RUNNER_KINDS)
def calc(request: pytest.FixtureRequest) -> Iterator[Rig]:
    rig = open_rig("calc", request.param)
    yield rig
    rig.close()


@pytest.fixture(scope="module")
def calc_run(calc: Rig) -> RunResult:
    return calc.runner.run(["tests/test_calc.py"], timeout=calc.timeout, tracing=Tracing(lines_of="calc.py"))


def result(run: RunResult, name: str) -> TestResult:
    return run.results[f"tests/test_calc.py::{name}"]


def test_each_test_has_its_outcome(calc_run: RunResult) -> None:
    assert calc_run.collection_error is None
    assert not calc_run.timed_out
    assert by_name(calc_run) == {
        "test_add": "passed",
        "test_subtract": "failed",
        "test_divide_by_zero": "failed",
        "test_shout": "failed",
        "test_uses_broken_fixture": "error",
        "test_skipped": "skipped",
    }
    assert calc_run.passed() == ["tests/test_calc.py::test_add"]
    assert len(calc_run.failed()) == 4


def test_messages_are_one_line_summaries(calc: Rig, calc_run: RunResult) -> None:
    assert result(calc_run, "test_subtract").message == "assert 8 == 2"
    assert result(calc_run, "test_divide_by_zero").message == "ZeroDivisionError: division by zero"
    assert result(calc_run, "test_uses_broken_fixture").message == "RuntimeError: fixture exploded"
    assert "not today" in result(calc_run, "test_skipped").message
    assert result(calc_run, "test_add").message == ""
    # The full report is there too, with pytest's explanation of the comparison, as
    # Python's own traceback: pytest's own costs tens of milliseconds per failing test.
    report = result(calc_run, "test_subtract").longrepr
    assert "where 8 = subtract(5, 3)" in report
    assert report.startswith("Traceback (most recent call last):") and 'in test_subtract' in report
    # Paths as the project names them, not as its copy does.
    assert 'File "tests/test_calc.py", line ' in report and str(calc.shadow.root) not in report
    # It starts at the test, as the traceback above does: not with pytest's and pluggy's
    # own frames, which Python's traceback would show first.
    first_frame = report.splitlines()[1]
    assert first_frame.startswith('  File "tests/test_calc.py"'), first_frame
    assert "pluggy" not in report and "_pytest" not in report
    fixture_report = result(calc_run, "test_uses_broken_fixture").longrepr
    assert fixture_report.splitlines()[1].startswith('  File "tests/test_calc.py"') and "pluggy" not in fixture_report


def test_traceback_is_mapped_to_project_lines(calc_run: RunResult) -> None:
    assert result(calc_run, "test_divide_by_zero").traceback == [
        Frame("tests/test_calc.py", line_of(TESTS, "divide(1, 0)"), "test_divide_by_zero"),
        Frame("calc.py", line_of(SOURCE, "return a / b"), "divide"),
    ]
    assert result(calc_run, "test_uses_broken_fixture").traceback[-1] == Frame(
        "tests/test_calc.py", line_of(TESTS, "fixture exploded"), "broken"
    )


def test_locals_come_from_the_deepest_project_frame(calc_run: RunResult) -> None:
    assert result(calc_run, "test_divide_by_zero").locals == {"a": "1", "b": "0"}
    assert result(calc_run, "test_subtract").locals == {"expected": "2"}


def test_captured_output_is_kept(calc_run: RunResult) -> None:
    assert "shouting hi" in result(calc_run, "test_shout").output
    assert result(calc_run, "test_add").output == ""


def test_coverage_lists_the_target_lines_each_test_ran(calc_run: RunResult) -> None:
    coverage = {nodeid.split("::")[-1]: lines for nodeid, lines in calc_run.coverage.items()}
    assert coverage["test_add"] == {line_of(SOURCE, "return a + b")}
    assert coverage["test_subtract"] == {line_of(SOURCE, "result = a + b"), line_of(SOURCE, "return result")}
    assert coverage["test_shout"] == {line_of(SOURCE, "print(f"), line_of(SOURCE, "text.upper()")}
    assert coverage["test_skipped"] == set()


def test_no_coverage_unless_asked(calc: Rig) -> None:
    run = calc.runner.run(["tests/test_calc.py::test_add"], timeout=calc.timeout)
    assert run.coverage == {}
    assert run.passed() == ["tests/test_calc.py::test_add"]


def test_only_the_selected_tests_run(calc: Rig) -> None:
    selected = ["tests/test_calc.py::test_subtract", "tests/test_calc.py::test_add"]
    run = calc.runner.run(selected, timeout=calc.timeout)
    assert sorted(run.results) == sorted(selected)


def test_a_candidate_in_the_shadow_is_tested_and_the_user_file_is_untouched(calc: Rig) -> None:
    before = tree_digest(CALC)
    calc.shadow.write("calc.py", SOURCE.read_text().replace("result = a + b", "result = a - b"))
    try:
        fixed = calc.runner.run(["tests/test_calc.py::test_subtract"], timeout=calc.timeout)
    finally:
        calc.shadow.restore("calc.py")
    again = calc.runner.run(["tests/test_calc.py::test_subtract"], timeout=calc.timeout)
    assert fixed.passed() == ["tests/test_calc.py::test_subtract"]
    assert again.failed() == ["tests/test_calc.py::test_subtract"]
    assert tree_digest(CALC) == before


def test_collect_lists_node_ids(calc: Rig) -> None:
    collection = calc.runner.collect(["tests"], timeout=calc.timeout)
    assert collection.error is None
    assert [nodeid.split("::")[-1] for nodeid in collection.node_ids] == [
        "test_add",
        "test_subtract",
        "test_divide_by_zero",
        "test_shout",
        "test_uses_broken_fixture",
        "test_skipped",
    ]
    assert calc.runner.collect(["tests", "-k", "add or shout"], timeout=calc.timeout).node_ids == [
        "tests/test_calc.py::test_add",
        "tests/test_calc.py::test_shout",
    ]


def test_warm_and_subprocess_runners_report_the_same() -> None:
    runs = {}
    for kind in RUNNER_KINDS:
        rig = open_rig("calc", kind)
        try:
            runs[kind] = rig.runner.run(["tests/test_calc.py"], timeout=60.0, tracing=Tracing(lines_of="calc.py"))
        finally:
            rig.close()
    warm, fresh = runs["warm"], runs["subprocess"]
    assert warm.coverage == fresh.coverage
    for nodeid, expected in fresh.results.items():
        got = warm.results[nodeid]
        assert (got.outcome, got.message, got.traceback, got.locals, got.output) == (
            expected.outcome,
            expected.message,
            expected.traceback,
            expected.locals,
            expected.output,
        )
    assert list(warm.results) == list(fresh.results)
