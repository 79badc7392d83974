from datetime import date

import pytest


def test_new_unit(register):
    assert register.next_due("EX-01") == {
        "visual check": date(2024, 2, 14),
        "service": date(2025, 1, 14),
        "pressure test": date(2029, 1, 13),
    }


def test_due_after_last_check(register):
    register.record("EX-02", "visual check", date(2024, 2, 10))
    register.record("EX-02", "visual check", date(2024, 3, 12))
    assert register.next_due("EX-02")["visual check"] == date(2024, 4, 11)
    assert register.next_due("EX-01")["visual check"] == date(2024, 2, 14)


def test_overdue(register):
    register.record("FD-03", "check", date(2024, 4, 20))
    assert register.overdue(date(2024, 5, 1)) == [
        ("AP-01", "test"),
        ("EX-01", "visual check"),
        ("EX-02", "visual check"),
    ]


def test_plan(register):
    register.record("AP-01", "test", date(2024, 4, 26))
    assert register.plan(date(2024, 4, 28), 7) == [
        (date(2024, 5, 1), "first floor, east", "check"),
        (date(2024, 5, 3), "reception", "test"),
    ]


def test_bad_entries(register):
    with pytest.raises(ValueError):
        register.add("EX-01", "extinguisher", "hall", date(2024, 5, 1))
    with pytest.raises(ValueError):
        register.record("AP-01", "pressure test", date(2024, 5, 1))
