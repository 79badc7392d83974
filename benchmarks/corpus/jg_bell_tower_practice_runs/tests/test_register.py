from datetime import date

import pytest

from belfry.register import PracticeNight, read_register


def test_read_register():
    text = """
    # autumn
    2024-09-03: Ann, Bill, Carol | Plain Bob Doubles, Grandsire Doubles
    2024-09-10: Ann,Carol
    """
    assert read_register(text) == [
        PracticeNight(date(2024, 9, 3), frozenset({"Ann", "Bill", "Carol"}), ("Plain Bob Doubles", "Grandsire Doubles")),
        PracticeNight(date(2024, 9, 10), frozenset({"Ann", "Carol"})),
    ]


def test_line_without_a_date():
    with pytest.raises(ValueError, match="line 1"):
        read_register("Ann, Bill")
