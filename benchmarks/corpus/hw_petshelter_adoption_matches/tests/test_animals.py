import datetime

import pytest

from shelter.animals import Animal, parse_flags


def test_parse_flags():
    assert parse_flags("kids, no-cats") == {"good_with_kids": True, "good_with_cats": False}
    assert parse_flags("") == {}
    with pytest.raises(ValueError):
        parse_flags("no-dogs")


def test_strays_are_held_a_week():
    rex = Animal("Rex", "dog", datetime.date(2024, 3, 1), stray=True)
    assert rex.available_from() == datetime.date(2024, 3, 8)
