import pytest

from beats import beat_sheet, beats, fits, shortest_limit
from sections import Section

TOWPATH = [
    Section("Lock 14", "Bridge 52", 500),
    Section("Bridge 52", "Bridge 53", 300),
    Section("Bridge 53", "Winding Hole", 200),
    Section("Winding Hole", "Aqueduct", 600),
]


def test_fits():
    assert fits([500, 300, 200, 600], 2, 800)
    assert not fits([500, 300, 200, 600], 2, 799)


def test_a_section_each_when_enough_volunteers():
    assert shortest_limit([500, 300, 200, 600], 4) == 600


def test_nobody_to_pick():
    with pytest.raises(ValueError):
        shortest_limit([500], 0)


def test_two_volunteers_share_evenly():
    assert shortest_limit([500, 300, 200, 600], 2) == 800


def test_beats_in_towpath_order():
    assert beats(TOWPATH, 2) == [TOWPATH[:2], TOWPATH[2:]]


def test_beat_sheet_spare_volunteer_minds_the_car_park():
    assert beat_sheet(TOWPATH[:2], ["Ann", "Raj", "Sue"]) == [
        "Ann: Lock 14 to Bridge 52 (0.5 km)",
        "Raj: Bridge 52 to Bridge 53 (0.3 km)",
        "Sue: car park and bins",
    ]
