"""Ochiai suspiciousness on hand-computed coverage."""

from __future__ import annotations

from math import sqrt

import pytest

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.repair.localize import function_lines, ochiai, ranked_lines, suspiciousness, toward_fields
from greenfix.analysis.targets import function_named

# Three tests over lines 1-4: t_fail runs 1, 2, 3; t_pass1 runs 1, 2; t_pass2 runs 1, 4.
COVERAGE = {"t_fail": {1, 2, 3}, "t_pass1": {1, 2}, "t_pass2": {1, 4}}
FAILED = {"t_fail"}
PASSED = {"t_pass1", "t_pass2"}


def test_ochiai_matches_the_formula() -> None:
    scores = ochiai(COVERAGE, FAILED, PASSED)
    # ef / sqrt(F * (ef + ep)), F = 1
    assert scores[1] == pytest.approx(1 / sqrt(3))
    assert scores[2] == pytest.approx(1 / sqrt(2))
    assert scores[3] == pytest.approx(1.0)
    assert scores[4] == 0.0
    assert ranked_lines(scores) == [3, 2, 1, 4]


def test_two_failing_tests() -> None:
    coverage = {"a": {10, 11}, "b": {10, 12}, "c": {10, 11, 12}}
    scores = ochiai(coverage, failed={"a", "b"}, passed={"c"})
    assert scores[10] == pytest.approx(2 / sqrt(2 * 3))
    assert scores[11] == pytest.approx(1 / sqrt(2 * 2))
    assert scores[12] == pytest.approx(1 / sqrt(2 * 2))
    assert ranked_lines(scores) == [10, 11, 12]


def test_tests_neither_failed_nor_passed_are_ignored() -> None:
    scores = ochiai({**COVERAGE, "skipped": {5}}, FAILED, PASSED)
    assert 5 not in scores


def test_suspiciousness_is_restricted_to_the_function() -> None:
    assert suspiciousness(COVERAGE, FAILED, PASSED, range(2, 5)) == {
        2: pytest.approx(1 / sqrt(2)),
        3: pytest.approx(1.0),
        4: 0.0,
    }


def test_no_coverage_falls_back_to_uniform_weights() -> None:
    assert suspiciousness({}, {"t"}, set(), range(5, 8)) == {5: 1.0, 6: 1.0, 7: 1.0}
    # Coverage exists, but no failing test ran these lines (it failed before reaching them).
    assert suspiciousness({"t": {1}, "u": {6}}, {"t"}, {"u"}, range(5, 8)) == {5: 1.0, 6: 1.0, 7: 1.0}


def test_function_lines_are_one_based_and_include_decorators() -> None:
    source = "import x\n\n@x.deco\ndef f(a):\n    return a\n\nz = 1\n"
    target = function_named(SourceDocument(source), "f")
    assert target is not None
    assert list(function_lines(source.encode(), target)) == [3, 4, 5]


def test_the_lines_that_set_an_asserted_field_come_first() -> None:
    source = (
        "import math\n"
        "def quote(verge):\n"
        "    area = verge.length * verge.width\n"
        "    rolls = int(area / 0.9)\n"
        "    if rolls == 0:\n"
        "        return Quote(rolls=1, days=0)\n"
        "    return Quote(rolls, math.ceil(area / 40))\n"
    ).encode()
    target = function_named(SourceDocument(source), "quote")
    scores = {line: 1.0 for line in range(2, 8)}
    raised = toward_fields(scores, source, target, {"rolls"})
    # `rolls = ...` and `rolls=1` set it; `rolls == 0` and the positional `rolls` only read it.
    assert ranked_lines(raised)[:2] == [4, 6]
    assert {line: raised[line] for line in (2, 3, 5, 7)} == {2: 1.0, 3: 1.0, 5: 1.0, 7: 1.0}
    assert toward_fields(scores, source, target, set()) == scores
