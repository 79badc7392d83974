from datetime import date, datetime, time

import pytest

from yoga.timetable import Slot, parse_timetable

MONDAY = date(2024, 6, 10)
WEDNESDAY = date(2024, 6, 12)


def test_parse_timetable():
    slots = parse_timetable("Mon 07:00 60 Vinyasa Maya 14\nsat 09:30 90 hatha Tom\n")
    assert slots == [
        Slot(0, time(7, 0), 60, "vinyasa", "Maya", 14),
        Slot(5, time(9, 30), 90, "hatha", "Tom", 12),
    ]


def test_unknown_day():
    with pytest.raises(ValueError):
        parse_timetable("Mun 07:00 60 vinyasa Maya")


def test_teaching(timetable):
    assert timetable.teaching("Priya") == ["Wed 19:00 ashtanga", "Sun 17:00 yin"]


def test_classes_on_a_wednesday(timetable):
    assert [slot.style for slot in timetable.classes_on(WEDNESDAY)] == ["vinyasa", "ashtanga"]


def test_no_classes_on_friday(timetable):
    assert timetable.classes_on(date(2024, 6, 14)) == []


def test_next_class(timetable):
    assert timetable.next_class("yin", datetime(2024, 6, 10, 20, 0)) == datetime(2024, 6, 11, 12, 15)
    assert timetable.next_class("pilates", datetime(2024, 6, 10, 20, 0)) is None
