from datetime import datetime

from pedicab.shifts import by_rider, shift_takings
from pedicab.tours import Tour


def test_shift_takings():
    tours = [Tour("Jo", datetime(2024, 8, 3, 14, 0), 30, 2), Tour("Jo", datetime(2024, 8, 3, 16, 20), 45, 3)]
    assert shift_takings(tours) == {"taken": 35.5, "owed": 28.55, "kept": 6.95}


def test_quiet_shift_still_owes_the_rent():
    assert shift_takings([]) == {"taken": 0, "owed": 25.0, "kept": -25.0}


def test_by_rider():
    tours = [
        Tour("Sam", datetime(2024, 8, 3, 21, 30), 60, 2),
        Tour("Jo", datetime(2024, 8, 3, 22, 40), 20, 2),
        Tour("Sam", datetime(2024, 8, 4, 0, 5), 15, 1),
    ]
    assert by_rider(tours) == {
        "Jo": {"taken": 21.0, "owed": 27.1, "kept": -6.1},
        "Sam": {"taken": 37.5, "owed": 28.75, "kept": 8.75},
    }
