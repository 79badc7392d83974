import pytest

from hire import Timesheet


def test_short_lift_pays_the_minimum(franna):
    sheet = Timesheet.from_card(franna, "09:00-10:15, 0 miles")
    assert sheet.charge() == {"hire": 312.0, "overtime": 0.0, "travel": 0.0, "total": 312.0}


def test_whole_half_hours(ltm40):
    sheet = Timesheet.from_card(ltm40, "07:30-13:00, 12 miles")
    assert sheet.charge() == {"hire": 616.0, "overtime": 0.0, "travel": 81.6, "total": 697.6}


def test_a_started_half_hour_is_charged_in_full(ltm40):
    sheet = Timesheet.from_card(ltm40, "07:30-12:10, 12 miles")
    assert sheet.charge()["hire"] == 560.0


def test_overtime_after_five(franna):
    sheet = Timesheet.from_card(franna, "13:00-18:00, 5 miles")
    charge = sheet.charge()
    assert charge["hire"] == 390.0
    assert charge["overtime"] == 39.0


def test_left_before_arriving(franna):
    with pytest.raises(ValueError):
        Timesheet.from_card(franna, "14:00-13:00, 5 miles")


def test_travel_in_whole_miles(franna):
    sheet = Timesheet.from_card(franna, "09:00-13:00, 7.2 miles")
    assert sheet.charge()["travel"] == 33.6
