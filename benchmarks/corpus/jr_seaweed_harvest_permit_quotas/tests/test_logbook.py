from datetime import date

import pytest

from harvest.logbook import QuotaExceeded

DAY = date(2024, 6, 14)


def test_full_allowance_before_any_cutting(logbook):
    assert logbook.left_today(DAY, "Porth Ceiriad", "dulse") == 20.0


def test_nothing_for_a_species_not_on_the_permit(logbook):
    assert logbook.left_today(DAY, "Traeth Penllech", "sugar kelp") == 0.0


def test_cutting_uses_up_the_allowance(logbook):
    logbook.record(DAY, "Porth Ceiriad", "dulse", 12.5)
    logbook.record(DAY, "Porth Ceiriad", "dulse", 4.0)
    assert logbook.left_today(DAY, "Porth Ceiriad", "dulse") == 3.5
    with pytest.raises(QuotaExceeded):
        logbook.record(DAY, "Porth Ceiriad", "dulse", 4.0)


def test_allowance_is_new_each_day(logbook):
    logbook.record(DAY, "Porth Ceiriad", "dulse", 20.0)
    assert logbook.left_today(date(2024, 6, 15), "Porth Ceiriad", "dulse") == 20.0


def test_each_beach_has_its_own_allowance(logbook):
    logbook.record(DAY, "Porth Ceiriad", "dulse", 18.0)
    assert logbook.left_today(DAY, "Traeth Penllech", "dulse") == 15.0
    logbook.record(DAY, "Traeth Penllech", "dulse", 10.0)
    assert logbook.left_today(DAY, "Porth Ceiriad", "dulse") == 2.0


def test_totals_for_the_annual_return(logbook):
    logbook.record(DAY, "Porth Ceiriad", "dulse", 12.5)
    logbook.record(DAY, "Porth Ceiriad", "pepper dulse", 0.8)
    logbook.record(date(2024, 6, 20), "Porth Ceiriad", "dulse", 7.25)
    assert logbook.totals() == {"dulse": 19.75, "pepper dulse": 0.8}
