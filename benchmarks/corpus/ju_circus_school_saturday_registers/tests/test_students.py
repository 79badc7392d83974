from datetime import date

from bigtop.students import Student, age_on, read_bookings


def test_age_on_the_day_before_and_on_a_birthday():
    assert age_on(date(2017, 3, 8), date(2025, 3, 7)) == 7
    assert age_on(date(2017, 3, 8), date(2025, 3, 8)) == 8


def test_read_bookings():
    text = """
name,born,waiver,harness,classes
Ivy Park,2016-05-01,yes,S,aerial+ground
Noah Bell,2019-01-20,no,,ground
"""
    assert read_bookings(text) == [
        Student("Ivy Park", date(2016, 5, 1), True, "S", ("aerial", "ground")),
        Student("Noah Bell", date(2019, 1, 20), False, None, ("ground",)),
    ]
