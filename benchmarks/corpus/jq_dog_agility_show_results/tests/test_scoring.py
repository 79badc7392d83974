import pytest

from scoring import Run, placings, score


def test_clear_inside_time(jumping):
    assert score(Run("Sue Harper", "Fizz", "", 41.2), jumping) == 0


def test_faults_and_time_faults(agility):
    assert score(Run("Dev Patel", "Moss", "PC", 42.37), agility) == 12.37


def test_wrong_course_eliminates(agility):
    assert score(Run("Jo Reid", "Nell", "PW", 35.0), agility) is None


def test_two_refusals_stay_in(agility):
    assert score(Run("Ann Lowe", "Tig", "RPR", 39.0), agility) == 15


def test_third_refusal_eliminates(agility):
    assert score(Run("Ann Lowe", "Tig", "RRR", 39.0), agility) is None


def test_unknown_mark(agility):
    with pytest.raises(ValueError, match="Tig"):
        score(Run("Ann Lowe", "Tig", "PX", 39.0), agility)


def test_placings(jumping, jumping_class):
    assert placings(jumping_class, jumping) == [
        (1, "Mark Tate", "Bramble", 0, 39.75),
        (2, "Sue Harper", "Fizz", 0, 41.2),
        (3, "Ann Lowe", "Tig", 1.5, 46.5),
        (4, "Dev Patel", "Moss", 5, 38.9),
    ]
