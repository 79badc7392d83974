from datetime import date

import pytest

from muckrota.volunteers import Volunteer, read_volunteers


def test_read_volunteers(volunteers):
    assert volunteers[0] == Volunteer("Pat Hughes", frozenset({1, 3, 5}))
    assert [v.name for v in volunteers] == ["Pat Hughes", "Alex Moore", "Jo Pryce", "Sam Okafor"]


def test_day_names_are_forgiving():
    assert read_volunteers("Pat: tuesday,SAT")[0].weekdays == {1, 5}


def test_unknown_day():
    with pytest.raises(ValueError, match="Pat"):
        read_volunteers("Pat: Tue, Funday")


def test_can_do(volunteers):
    assert volunteers[0].can_do(date(2024, 6, 4))
    assert not volunteers[0].can_do(date(2024, 6, 5))
