from datetime import datetime

import pytest

from callouts import Callout, read_log


def test_read_log(log_text):
    callouts = read_log(log_text)
    assert [c.ref for c in callouts] == ["MR-23-118", "MR-24-001", "MR-24-002", "MR-24-003", "MR-24-004"]
    assert callouts[2] == Callout("MR-24-002", datetime(2024, 1, 19, 23, 40), datetime(2024, 1, 20, 3, 10), ("Carys", "Eluned"))


def test_stood_down_before_paged():
    with pytest.raises(ValueError, match="line 1: MR-24-009"):
        read_log("MR-24-009  2024-05-01 10:00  2024-05-01 09:00  Bryn")


def test_hours_and_nights(callouts):
    assert [c.hours() for c in callouts[1:3]] == [5.75, 3.5]
    assert [c.at_night() for c in callouts] == [False, False, True, False, True]
