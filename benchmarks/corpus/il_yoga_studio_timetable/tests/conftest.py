from datetime import date

import pytest

from yoga.bookings import Studio
from yoga.passes import ClassPass
from yoga.timetable import Timetable, parse_timetable

TIMETABLE = """
Mon 07:00 60 vinyasa Maya 14
Mon 18:30 75 hatha Tom
Tue 12:15 45 yin Maya 10
Wed 07:00 60 vinyasa Maya 14
Wed 19:00 90 ashtanga Priya 8
Sat 09:30 90 hatha Tom 20
Sun 17:00 60 yin Priya 3
"""


@pytest.fixture
def timetable():
    return Timetable(parse_timetable(TIMETABLE))


@pytest.fixture
def studio(timetable):
    passes = {
        name: ClassPass(name, 10, date(2024, 7, 31))
        for name in ("Ana", "Ben", "Cleo", "Dev")
    }
    passes["Old Eric"] = ClassPass("Old Eric", 4, date(2024, 5, 31))
    return Studio(timetable, passes)
