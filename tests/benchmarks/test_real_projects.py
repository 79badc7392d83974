"""benchmarks/real_projects.py on a tiny local project (no PyPI, no timing): its
mutations are single edits that parse, the bugs it picks are seeded and visible to a
fresh pytest, and one bug goes through greenfix and the naive loop as in a real run."""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from _mutants import Bug, Mutation, choose_bugs, fresh_pytest, mutations  # noqa: E402
from real_projects import coverage, measure_bug, source_files, visibility_check  # noqa: E402

CALC = '''\
def square(n):
    return n * n


SQUARES = [square(n) for n in range(3)]  # square runs at import: never mutated


def clamp(value, low, high):
    """Value kept within [low, high]; 1 < 2 in a docstring is no mutation."""
    if value < low:
        return low
    if value > high:
        return high
    return value


def mean(values):
    if not values:
        return 0.0
    return sum(values) / len(values)


def first_index(items, wanted):
    for i in range(len(items)):
        if items[i] == wanted:
            return i
    return -1


def unused(a, b):
    return a + b if a > b else a - b
'''

TESTS = '''\
from calc import clamp, first_index, mean


def test_clamp_inside():
    assert clamp(5, 0, 10) == 5


def test_clamp_below_and_above():
    assert clamp(-3, 0, 10) == 0
    assert clamp(13, 0, 10) == 10


def test_mean():
    assert mean([1, 2, 3, 6]) == 3.0
    assert mean([]) == 0.0


def test_first_index():
    assert first_index([[0], [1], [2]], [1]) == 1
    assert first_index([1000, 2000], int("2000")) == 1


def test_first_index_missing():
    assert first_index([[0]], [5]) == -1
'''


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "calc"
    (root / "tests").mkdir(parents=True)
    (root / "calc.py").write_text(CALC)
    (root / "tests" / "test_calc.py").write_text(TESTS)
    return root


def test_each_mutation_is_one_edit_that_parses_and_changes_the_program() -> None:
    text = 'def f(a, b, n):\n    label = "é"; ok = a < b and not n\n    while n >= 2:\n        n -= 1\n    return a + 1 if ok is True else label\n'
    found = mutations("f.py", text)
    shown = {(m.line, m.kind, m.old, m.new) for m in found}
    assert {
        (2, "comparison swap", "<", "<="),  # columns after a non-ASCII character still land on the operator
        (2, "operator swap", "and", "or"),
        (2, "negated condition", "not ", ""),
        (3, "negated condition", "n >= 2", "not n >= 2"),
        (3, "off-by-one", "2", "3"),
        (4, "operator swap", "-=", "+="),
        (5, "operator swap", "+", "-"),
        (5, "wrong constant", "True", "False"),
        (5, "comparison swap", "is", "is not"),
    } <= shown
    for mutation in found:
        mutated = mutation.apply(text)
        assert mutated[: mutation.start] == text[: mutation.start]
        assert mutated[mutation.start + len(mutation.new) :] == text[mutation.end :]
        assert ast.dump(ast.parse(mutated)) != ast.dump(ast.parse(text)), mutation


def test_mutations_stay_out_of_docstrings_nested_functions_and_text_formatting() -> None:
    text = 'def f(x):\n    """x < 1"""\n    def g(y):\n        return y < 1\n    return "%d" % x\n'
    found = mutations("f.py", text)
    assert found and all(m.qualname == "f.<locals>.g" and m.line == 4 for m in found), [str(m) for m in found]


def test_picked_bugs_are_seeded_visible_and_only_in_functions_the_tests_run(project: Path) -> None:
    suite = fresh_pytest(sys.executable, project)
    assert suite.passed, suite.output
    sources = source_files(project, "calc.py")
    covered = coverage(project, sys.executable, set(sources), 30.0)
    assert {key for key in covered} == {("calc.py", 8), ("calc.py", 17), ("calc.py", 23)}  # not square, not unused
    checked: dict[Mutation, int] = {}
    real_check = visibility_check(project, sys.executable, sources, 60.0)

    def check(mutation: Mutation, mutated: str, tests: list[str]) -> int:
        checked[mutation] = real_check(mutation, mutated, tests)
        return checked[mutation]

    bugs = choose_bugs(sources, covered, 2, 7, check)
    assert len(bugs) == 2 and len({b.mutation.qualname for b in bugs}) == 2
    assert (project / "calc.py").read_text() == CALC  # each check puts the file back
    for bug in bugs:
        assert bug.original == CALC and bug.mutated == bug.mutation.apply(CALC)
        (project / "calc.py").write_text(bug.mutated)
        run = fresh_pytest(sys.executable, project)
        assert run.status == 1 and run.failed_count() >= 1, (str(bug.mutation), run.output)
    (project / "calc.py").write_text(CALC)
    # The same seed checks the same mutants in the same order and picks the same bugs.
    replayed: list[Mutation] = []

    def replay(mutation: Mutation, mutated: str, tests: list[str]) -> int:
        replayed.append(mutation)
        return checked[mutation]

    again = choose_bugs(sources, covered, 2, 7, replay)
    assert replayed == list(checked) and [b.mutation for b in again] == [b.mutation for b in bugs]


def test_one_bug_through_greenfix_the_cli_and_the_naive_loop(project: Path, tmp_path: Path) -> None:
    mutation = next(m for m in mutations("calc.py", CALC) if m.qualname == "first_index" and m.old == "==")
    bug = Bug(mutation, CALC, mutation.apply(CALC), failing=2)
    work = tmp_path / "work"
    work.mkdir()
    row = measure_bug(project, sys.executable, bug, work, budget=60.0, test_timeout=10.0, naive_cap=120.0, via_cli=True)
    assert row.greenfix.result == "correct", row.greenfix
    assert row.greenfix.first is not None and row.greenfix.candidates >= 1
    assert row.cli is not None and row.cli.result == "correct", row.cli
    # The naive loop replays greenfix's own candidate list and stops at the fix.
    assert row.order == "greenfix's"
    assert row.naive.result == "correct" and row.naive.fixed is not None, row.naive
    assert 1 <= row.naive.candidates <= row.greenfix.candidates
    assert (project / "calc.py").read_text() == CALC  # measured in a copy
    shutil.rmtree(work)
