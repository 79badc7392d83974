import pytest

from grading import grade
from packing import for_processing, pack


def test_grades():
    assert [grade(w) for w in (80.2, 73.0, 64.5, 63.0, 58.0, 52.9, 47.0)] == ["XL", "XL", "L", "L", "M", "S", "S"]


def test_full_trays_and_left_over():
    weights = [65.0] * 64 + [55.0] * 30
    assert pack(weights) == {"L": (2, 4), "M": (1, 0)}


def test_small_eggs_go_for_processing():
    weights = [41.0, 39.5, 58.0, 60.1]
    assert pack(weights) == {"M": (0, 2)}
    assert for_processing(weights) == 2


def test_half_dozen_boxes_for_the_farm_shop():
    weights = [75.0] * 14 + [66.0] * 6
    assert pack(weights, tray_size=6) == {"XL": (2, 2), "L": (1, 0)}


def test_no_eggs():
    assert pack([]) == {}


def test_tray_must_hold_something():
    with pytest.raises(ValueError):
        pack([60.0], tray_size=0)
