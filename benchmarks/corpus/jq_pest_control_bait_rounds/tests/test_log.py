from datetime import date

import pytest

from baitrounds.log import Visit, read_visits


def test_read_visits():
    text = """
station,date,result
R01,2024-03-04,clear
R02,2024-03-04,Activity
I07,2024-03-05,no access
"""
    assert read_visits(text) == [
        Visit("R01", date(2024, 3, 4), True, False),
        Visit("R02", date(2024, 3, 4), True, True),
        Visit("I07", date(2024, 3, 5), False, False),
    ]


def test_unknown_result():
    with pytest.raises(ValueError, match="R09"):
        read_visits("station,date,result\nR09,2024-03-04,moved")
