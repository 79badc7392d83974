import pytest

from batterypost.patients import Patient, read_patients


def test_read_patients():
    text = """
number,aids,size
H1042,2,312
H1077,1,
H2001,1,675
"""
    assert read_patients(text) == [Patient("H1042", 2, "312"), Patient("H2001", 1, "675")]


def test_unknown_size():
    with pytest.raises(ValueError, match="H3"):
        read_patients("number,aids,size\nH3,1,400")


def test_cells_per_week():
    assert Patient("H1", 2, "312").cells_per_week() == 2
    assert Patient("H2", 1, "675").cells_per_week() == 0.5
