import pytest

from boatshed.register import Boat, read_register


def test_read_register():
    text = """
# bay A
Ffion | Dagger Katana | 3.2m
Ffion | Prospector | 4.6
Huw | Wavehopper | 2.8
"""
    assert read_register(text) == {
        "Ffion": [Boat("Ffion", "Dagger Katana", 3.2), Boat("Ffion", "Prospector", 4.6)],
        "Huw": [Boat("Huw", "Wavehopper", 2.8)],
    }


def test_bad_line_says_where():
    with pytest.raises(ValueError, match="line 2"):
        read_register("Huw | Wavehopper | 2.8\nHuw, Wavehopper, 2.8")
