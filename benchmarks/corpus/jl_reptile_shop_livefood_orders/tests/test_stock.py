from datetime import date

from livefood.stock import reduced


def test_stock_take(shelf):
    assert [line.code for line in shelf] == ["CRK-L", "CRK-M", "LOC-XL", "MEAL-R", "DUB-M"]
    assert shelf[2].on_order == 6
    assert shelf[4].packed is None


def test_reduced_stickers(shelf):
    assert reduced(shelf, date(2024, 3, 4)) == ["LOC-XL"]
    assert reduced(shelf, date(2024, 3, 10)) == ["CRK-L", "LOC-XL"]
