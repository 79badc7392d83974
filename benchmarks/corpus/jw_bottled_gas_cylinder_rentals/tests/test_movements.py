from datetime import date

import pytest

from cylinders.movements import Movement, read_book


def test_read_book():
    book = """
2023-03-04 OUT P13-88121 Whitlock propane 13kg

2023-05-20 IN P13-88121 Whitlock propane 13kg
"""
    assert read_book(book) == [
        Movement(date(2023, 3, 4), "P13-88121", "Whitlock", "propane 13kg", True),
        Movement(date(2023, 5, 20), "P13-88121", "Whitlock", "propane 13kg", False),
    ]


def test_direction_must_be_out_or_in():
    with pytest.raises(ValueError, match="B7-1002"):
        read_book("2023-03-04 LENT B7-1002 Amis butane 7kg")
