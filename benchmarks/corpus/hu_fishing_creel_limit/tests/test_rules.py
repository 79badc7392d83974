import pytest

from creel.rules import parse_rules


def test_parse(rules):
    assert rules["pike"].min_length_cm == 60
    assert rules["trout"].closed_months == frozenset({10, 11, 12, 1, 2})
    assert rules["perch"].closed_months == frozenset()


def test_bad_month():
    with pytest.raises(ValueError):
        parse_rules("carp, 30, 2, 13")
