import pytest

from course import Course


def test_sct_rounds_up(jumping, agility):
    assert jumping.sct == 45
    assert agility.sct == 40


def test_unknown_class():
    with pytest.raises(ValueError, match="Pairs"):
        Course("Pairs", "pairs relay", 200).sct
