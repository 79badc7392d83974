import pytest

from oysterfarm.grading import grade_counts, grade_of, rebag


def test_grade_boundaries():
    assert grade_of(39.9) == "small"
    assert grade_of(40) == "medium"
    assert grade_of(70) == "large"


def test_no_weight():
    with pytest.raises(ValueError):
        grade_of(0)


def test_grade_counts(batch_weights):
    assert grade_counts(batch_weights) == {"small": 5, "medium": 4, "large": 3}


def test_rebag_full_bags_first():
    assert rebag({"small": 920, "large": 150}) == [("small", 400), ("small", 400), ("small", 120), ("large", 150)]
