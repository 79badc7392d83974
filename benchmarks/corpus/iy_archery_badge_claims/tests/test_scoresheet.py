from datetime import date

import pytest

from archery.scoresheet import Scoresheet, arrow_value, read_sheet


def test_arrow_values():
    assert arrow_value("X") == 10
    assert arrow_value("10") == 10
    assert arrow_value("m") == 0
    assert arrow_value(" 7 ") == 7


def test_unknown_arrow_value():
    with pytest.raises(ValueError):
        arrow_value("11")


def test_an_end_is_six_arrows():
    sheet = Scoresheet("Ada", "recurve", date(2024, 5, 12))
    with pytest.raises(ValueError):
        sheet.add_end("9 9 8 8 7")


def test_totals():
    sheet = read_sheet("Ada", "recurve", date(2024, 5, 12), "X 10 9 9 8 M\n10 9 9 8 7 6\n")
    assert sheet.arrows_shot == 12
    assert sheet.score == 95
    assert sheet.hits == 11
    assert sheet.golds == 3
