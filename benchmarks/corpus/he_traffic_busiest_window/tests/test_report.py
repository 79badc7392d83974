from footfall.counts import hourly_counts
from footfall.report import staffing_note

VISITS = ["09:05 north", "09:40 north", "10:15 south", "16:02 north", "16:30 north",
          "17:10 south", "17:45 north", "17:59:30 south", "22:10 north", "garbled"]


def test_hourly_counts():
    assert hourly_counts(VISITS, 9, 18) == [2, 1, 0, 0, 0, 0, 0, 2, 3]


def test_staffing_note():
    assert staffing_note(VISITS, 9, 18) == "busiest 16:00-18:00 (5 visits)"
