import pytest

from orchard.report import block_report, picker_pay, picker_totals


def test_picker_totals(picks):
    assert picker_totals(picks) == {"Mele": 116.0, "Joss": 140.0}


def test_picker_pay(picks):
    assert picker_pay(picks, 0.42) == {"Mele": 48.72, "Joss": 58.8}


def test_block_report(picks):
    report = block_report(picks, {"B1": 0.8, "C4": 0.5})
    assert report["B1"] == {"crates": 9, "fruit_kg": 180.0, "packed_kg": 176.0, "t_per_ha": 0.22}
    assert report["C4"] == {"crates": 5, "fruit_kg": 100.0, "packed_kg": 80.0, "t_per_ha": 0.16}


def test_block_without_area(picks):
    with pytest.raises(KeyError):
        block_report(picks, {"B1": 0.8})
