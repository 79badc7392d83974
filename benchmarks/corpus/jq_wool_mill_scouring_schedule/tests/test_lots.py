import pytest

from woolmill.lots import Lot, read_intake


def test_read_intake():
    text = """
L101 | Hill Top | Swaledale | 250
L102 | Beckstones | Herdwick | 300.5
"""
    assert read_intake(text) == [
        Lot("L101", "Hill Top", "Swaledale", 250.0),
        Lot("L102", "Beckstones", "Herdwick", 300.5),
    ]


def test_lot_without_weight():
    with pytest.raises(ValueError, match="L7"):
        read_intake("L7 | Nab End | Jacob | 0")
