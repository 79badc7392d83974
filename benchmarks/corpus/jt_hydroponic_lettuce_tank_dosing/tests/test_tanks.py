from hydro.tanks import Dose, Reading, Tank, dose_sheet, read_log

LETTUCE = Tank("L1", 200, "lettuce")
BASIL = Tank("B1", 400, "basil")


def test_read_log_skips_blank_readings():
    text = """
tank,ec,ph
L1,0.9,6.5
B1,,6.1
"""
    assert read_log(text) == [Reading("L1", 0.9, 6.5)]


def test_weak_tank_gets_nutrient():
    assert LETTUCE.doses(Reading("L1", 0.9, 6.0)) == Dose("L1", 60, 0)


def test_high_ph_gets_ph_down():
    assert LETTUCE.doses(Reading("L1", 1.2, 6.5)) == Dose("L1", 0, 15.0)


def test_dose_sheet_in_tank_order():
    readings = [Reading("B1", 1.6, 6.2), Reading("L1", 1.0, 6.2)]
    assert dose_sheet([LETTUCE, BASIL], readings) == [Dose("L1", 40, 6.0), Dose("B1", 0, 0)]
