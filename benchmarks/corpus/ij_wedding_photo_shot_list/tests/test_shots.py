import pytest

from shoot.shots import Shot, parse_shot_list


def test_people_default_to_the_couple():
    assert parse_shot_list("First kiss | 5") == [Shot("First kiss", 5, 2)]


def test_bad_line():
    with pytest.raises(ValueError):
        parse_shot_list("Cake cutting | 5 | 2 | indoors")
