"""Which behaviour the passing edits back: each kind of edit is one voice."""

from __future__ import annotations

from greenfix.analysis.repair.candidates import Candidate
from greenfix.analysis.repair.loop import _backers, _behaviour_and_probes, _Plausible
from greenfix.analysis.repair.plausibility import SUSPECT, Defect
from greenfix.analysis.testing.results import TestResult


def passing(order: int, family: str, returned: str) -> _Plausible:
    """A candidate of `family` that passed its one test, where the function returned `returned`."""
    run = TestResult("test_m.py::test_it", "passed", calls=[returned])
    candidate = Candidate(f"def f(): ...  # {order}", "templates" if family else "model", f"edit {order}", 1, 1, family)
    return _Plausible(candidate, "", order, {run.nodeid: run}, [], None, probed=[returned])


def test_one_template_s_variants_are_one_voice_and_different_kinds_of_edit_are_several() -> None:
    # Three clauses that never change a thing drop an operand alike; two kinds of edit reach the other behaviour.
    variants = [passing(order, "alternative_clause", "1") for order in (1, 2, 3)]
    agreeing = [passing(4, "off_by_one", "2"), passing(5, "shifted_length", "2")]
    backers = _backers([*variants, *agreeing])
    assert backers[_behaviour_and_probes(variants[0])] == 1
    assert backers[_behaviour_and_probes(agreeing[0])] == 2


def test_each_model_sample_is_its_own_voice() -> None:
    samples = [passing(order, "", "3") for order in (1, 2, 3)]
    assert _backers(samples)[_behaviour_and_probes(samples[0])] == 3


def test_an_edit_that_looks_like_a_patch_backs_nothing() -> None:
    # A count capped by its own guard (suspect) agrees with a clause on a bound by chance.
    capped = passing(1, "guarded_statement", "4")
    capped.defects = [Defect(SUSPECT, "a count its own guard limits")]
    bound = passing(2, "condition_clause", "4")
    assert _backers([capped, bound])[_behaviour_and_probes(bound)] == 1
