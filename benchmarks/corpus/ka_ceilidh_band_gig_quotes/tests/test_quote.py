from datetime import time

from gigfees.quote import quote


def test_three_hours_nearby(village_hall):
    assert quote(village_hall) == {"band": 450.0, "total": 450.0}


def test_wedding_with_caller(wedding):
    assert quote(wedding) == {"band": 450.0, "extra time": 40.0, "caller": 120.0, "travel": 27.0, "total": 637.0}


def test_past_midnight(hogmanay):
    assert quote(hogmanay) == {
        "band": 560.0,
        "extra time": 80.0,
        "caller": 120.0,
        "late finish": 60.0,
        "travel": 63.0,
        "total": 883.0,
    }


def test_started_half_hour_and_late(village_hall):
    village_hall.start, village_hall.finish = time(20, 30), time(23, 45)
    lines = quote(village_hall)
    assert lines["extra time"] == 40.0
    assert lines["late finish"] == 60.0
