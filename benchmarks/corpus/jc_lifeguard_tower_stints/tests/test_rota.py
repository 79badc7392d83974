from datetime import datetime, timedelta

from lifeguards.rota import stints, too_long, unmanned
from lifeguards.shifts import shift


def at(day, hhmm):
    return datetime.fromisoformat(f"{day.isoformat()}T{hhmm}")


def test_moving_towers_does_not_break_the_stint(day):
    shifts = [shift("Kerry", "North", day, "10:00", "12:00"), shift("Kerry", "South", day, "12:00", "13:30")]
    assert stints(shifts) == [("Kerry", at(day, "10:00"), at(day, "13:30"))]


def test_stints_for_the_day(saturday, day):
    assert stints(saturday) == [
        ("Amara", at(day, "14:00"), at(day, "18:00")),
        ("Josh", at(day, "10:00"), at(day, "15:00")),
        ("Kerry", at(day, "10:00"), at(day, "14:00")),
        ("Kerry", at(day, "15:00"), at(day, "18:00")),
    ]


def test_too_long(saturday, day):
    assert too_long(saturday) == [("Josh", at(day, "10:00"))]


def test_a_break_resets_the_clock(day):
    shifts = [shift("Josh", "South", day, "10:00", "12:00"), shift("Josh", "South", day, "12:30", "15:00")]
    assert too_long(shifts) == []


def test_unmanned(saturday, day):
    assert unmanned(saturday, "North", at(day, "10:00"), at(day, "18:00")) == []
    assert unmanned(saturday, "South", at(day, "09:00"), at(day, "18:00")) == [(at(day, "09:00"), at(day, "10:00"))]


def test_tower_left_empty_at_the_end(day):
    shifts = [shift("Amara", "South", day, "10:00", "16:00")]
    assert unmanned(shifts, "South", at(day, "10:00"), at(day, "18:00")) == [(at(day, "16:00"), at(day, "18:00"))]
    assert too_long(shifts, limit=timedelta(hours=6)) == []
