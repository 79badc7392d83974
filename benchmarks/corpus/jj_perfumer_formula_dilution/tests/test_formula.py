import pytest

from formula import Entry, Formula, parse_formula

CHYPRE = """
# chypre trial 3
bergamot              40 drops
rose absolute @10%    2 ml
labdanum              1.5 ml
oakmoss abs @10%      10 drops
"""


def test_parse_formula():
    assert parse_formula(CHYPRE) == [
        Entry("bergamot", 40, "drops"),
        Entry("rose absolute", 2, "ml", 10.0),
        Entry("labdanum", 1.5, "ml"),
        Entry("oakmoss abs", 10, "drops", 10.0),
    ]


def test_concentrate_includes_the_dilutions_alcohol():
    assert Formula("chypre", parse_formula(CHYPRE)).concentrate_ml() == pytest.approx(6.0)


def test_neat_ml_of_materials_in_ml():
    formula = Formula("rose", parse_formula("rose absolute @10% 2 ml\nlabdanum 1.5 ml\nlabdanum 0.5 ml"))
    assert formula.neat_ml() == pytest.approx({"rose absolute": 0.2, "labdanum": 2.0})


def test_neat_ml_of_drops():
    formula = Formula("chypre", parse_formula(CHYPRE))
    assert formula.neat_ml() == pytest.approx({"bergamot": 2.0, "rose absolute": 0.2, "labdanum": 1.5, "oakmoss abs": 0.05})


def test_percentages():
    formula = Formula("chypre", parse_formula(CHYPRE))
    assert formula.percentages() == {"bergamot": 53.3, "rose absolute": 5.3, "labdanum": 40.0, "oakmoss abs": 1.3}
