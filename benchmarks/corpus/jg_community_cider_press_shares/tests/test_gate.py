import pytest

from ciderpress.gate import DropOff, read_gate_book


def test_read_gate_book():
    text = """
    Hilltop Farm, 6 sacks, 84.5 kg
    Mrs Pryce, 1 sacks, 9.2kg
    """
    assert read_gate_book(text) == [DropOff("Hilltop Farm", 6, 84.5), DropOff("Mrs Pryce", 1, 9.2)]


def test_bad_line():
    with pytest.raises(ValueError, match="line 1"):
        read_gate_book("Hilltop Farm, six sacks, 84.5 kg")


def test_net_of_sacks():
    assert DropOff("Mrs Pryce", 3, 12.2).net_kg == pytest.approx(11.0)
