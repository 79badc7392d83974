import pytest

from sugarbush.syrup import expected_syrup, grade, sap_per_litre_of_syrup


def test_rule_of_86():
    assert sap_per_litre_of_syrup(2.0) == 43.0
    assert expected_syrup(430, 2.0) == pytest.approx(10.0)


def test_no_sugar():
    with pytest.raises(ValueError):
        sap_per_litre_of_syrup(0)


def test_grades():
    assert grade(80) == "golden"
    assert grade(50) == "amber"
    assert grade(10) == "very dark"
