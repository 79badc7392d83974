from datetime import date

import pytest

from cave.wheels import Wheel, parse_make_sheet

SHEET = """
# make sheet, March
t-0301, Tomme, 2024-03-01, 4.2
C-0302,cheddar,2024-03-02,18.5

b-0305, blue, 2024-03-05, 3.1
"""


def test_parse_make_sheet():
    wheels = parse_make_sheet(SHEET)
    assert [w.code for w in wheels] == ["T-0301", "C-0302", "B-0305"]
    assert wheels[0] == Wheel("T-0301", "tomme", date(2024, 3, 1), 4.2)


def test_unknown_style_is_refused():
    with pytest.raises(ValueError):
        parse_make_sheet("X-1,brie,2024-03-01,1.0")


def test_ready_on():
    assert Wheel("T-1", "tomme", date(2024, 3, 1), 4.0).ready_on() == date(2024, 4, 30)
    assert Wheel("W-1", "washed rind", date(2024, 3, 1), 1.5).ready_on() == date(2024, 4, 15)
