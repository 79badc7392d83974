import pytest

from scorecard import Card, parse_marks


def test_marks_by_stand():
    assert parse_marks("XX0XX / X0XXX") == [True, True, False, True, True, True, False, True, True, True]


def test_no_bird_is_not_a_target():
    assert parse_marks("XNX0") == [True, True, False]


def test_unknown_mark():
    with pytest.raises(ValueError):
        parse_marks("XX?X")


def test_countback():
    assert Card("Dave", "A", [True, True, False, True]).first_miss == 2
    assert Card("Dave", "A", [True] * 25).first_miss == 25
