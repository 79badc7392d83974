import pytest

from stock import bigger_sizes, read_stock

CSV = """
species,size,count
Hawthorn,40-60cm,500
hawthorn,40-60cm,250
Blackthorn,60-90cm,120
Field maple,90-120cm,40
"""


def test_read_stock_adds_up_beds():
    assert read_stock(CSV) == {
        ("hawthorn", "40-60cm"): 750,
        ("blackthorn", "60-90cm"): 120,
        ("field maple", "90-120cm"): 40,
    }


def test_unknown_size():
    with pytest.raises(ValueError, match="hazel"):
        read_stock("species,size,count\nHazel,2-3ft,10")


def test_bigger_sizes():
    assert bigger_sizes("40-60cm") == ("60-90cm", "90-120cm")
    assert bigger_sizes("90-120cm") == ()
