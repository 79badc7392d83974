import pytest

from deckchairs import charge, day_takings, minutes_out, read_tickets


def test_minutes_out():
    assert minutes_out("10:15", "12:05") == 110
    with pytest.raises(ValueError):
        minutes_out("14:00", "13:59")


def test_part_of_a_half_hour_is_charged_as_a_whole_one():
    assert charge("deckchair", "10:00", "10:10") == 150
    assert charge("deckchair", "10:00", "10:45") == 300


def test_exactly_an_hour():
    assert charge("windbreak", "11:00", "12:00") == 200


def test_day_rate_caps_the_charge():
    assert charge("sunlounger", "09:30", "17:45") == 1200


def test_read_tickets():
    assert read_tickets("deckchair 10:00 11:20\n\nwindbreak 13:05 13:30\n") == [
        ("deckchair", "10:00", "11:20"),
        ("windbreak", "13:05", "13:30"),
    ]
    with pytest.raises(ValueError):
        read_tickets("parasol 10:00 11:00")


def test_day_takings():
    tickets = [
        ("deckchair", "10:00", "11:20"),  # three half hours
        ("deckchair", "10:05", "10:35"),  # one
        ("windbreak", "13:05", "13:30"),  # one
    ]
    assert day_takings(tickets) == {"deckchair": 600, "windbreak": 100, "sunlounger": 0, "total": 700}
