"""Which attempts a next round builds on: of those that fix nothing yet, those that changed
how a failing test fails, told by what the function returned when pytest's report is cut
short; of those that fix some, an edit surely meant beside those that fix the most."""

from __future__ import annotations

from types import SimpleNamespace

from greenfix.analysis.repair.candidates import Candidate
from greenfix.analysis.repair.loop import Attempt, _moves_a_failure, _Refinement
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


def test_a_surely_meant_edit_that_got_part_of_the_way_is_built_on_beside_those_that_got_further() -> None:
    # `drawn[game.white] += 1` pasted twice: `-> game.black` (surely meant) makes one of
    # three failing tests pass; `+=` -> `%=` makes two, by chance. The second half of the
    # fix (a sort key) needs the first.
    tests = [f"tests/test_ladder.py::test_{n}" for n in ("draw", "tie", "ladder")]
    left = [TestResult(n, "failed", message="assert 1 == 2") for n in tests]

    def tried(description: str, fixed: list[str], fulfils: bool) -> Attempt:
        candidate = Candidate("def f(): ...", "templates", description, 1, 1, fulfils=fulfils)
        return Attempt(candidate, [r for r in left if r.nodeid not in fixed], frozenset(fixed))

    chance = tried("`+=` -> `%=` on line 34", tests[:2], False)
    meant = tried("`game.white` -> `game.black` on line 35", tests[:1], True)
    other = tried("`1` -> `2` on line 34", tests[2:], False)
    search = SimpleNamespace(partials=[chance, other, meant], moved=[])
    assert _Refinement._bases(search, left) == [chance, meant]  # type: ignore[arg-type]
