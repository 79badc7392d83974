import pytest

from formula import Formula, parse_formula
from ifra import batch, over_limits

CHYPRE = """
bergamot              40 drops
rose absolute @10%    2 ml
labdanum              1.5 ml
oakmoss abs @10%      10 drops
"""


def test_batch_for_an_edp():
    formula = Formula("chypre", parse_formula(CHYPRE))
    assert batch(formula, "EDP") == {"concentrate": 6.0, "alcohol": 14.83, "total": 20.83}


def test_too_weak_for_a_parfum():
    formula = Formula("soliflore", parse_formula("rose absolute @10% 5 ml"))
    with pytest.raises(ValueError):
        batch(formula, "parfum")


def test_within_limits_as_an_edt():
    formula = Formula("lavender", parse_formula("lavender 30 drops\nlabdanum 1 ml\nclove bud 2 drops"))
    assert over_limits(formula, "edt") == []


def test_chypre_over_limits():
    formula = Formula("chypre", parse_formula(CHYPRE))
    assert over_limits(formula, "edt") == [("bergamot", 5.333, 2.0), ("oakmoss abs", 0.133, 0.1)]


def test_too_much_oakmoss():
    formula = Formula("mossy", parse_formula("oakmoss abs 1 ml\nlabdanum 3 ml"))
    assert over_limits(formula, "edt") == [("oakmoss abs", 2.5, 0.1)]
