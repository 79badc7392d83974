import pytest

from inks import is_shimmer, read_stock, vial_price


def test_read_stock_adds_up_open_bottles():
    text = """
    # Friday count
    Diamine Oxblood, 42.5
    Sailor Yama-dori, 18
    Diamine Oxblood, 50   # second bottle opened Thursday

    """
    assert read_stock(text) == {"Diamine Oxblood": 92.5, "Sailor Yama-dori": 18.0}


def test_read_stock_rejects_a_line_without_ml():
    with pytest.raises(ValueError, match="line 2"):
        read_stock("Diamine Oxblood, 40\nRobert Oster Fire and Ice\n")


def test_shimmer_inks_cost_more():
    assert is_shimmer("Diamine Shimmertastic Golden Sands")
    assert vial_price("Diamine Shimmertastic Golden Sands") == 2.40
    assert vial_price("Pilot Iroshizuku Kon-peki") == 1.60
