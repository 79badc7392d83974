from datetime import datetime

import pytest

from droneops.flights import Flight, parse_flight, read_log

LOG = """\
# drone; pilot; takeoff; landing; km
M3-02; Ana; 2024-05-14T09:05; 2024-05-14T09:31; 6.4
M3-02; Ana; 2024-05-14T10:00; 2024-05-14T10:22;
A2-11; Jonas; 2024-05-14T10:40; 2024-05-14T10:20; 3.0
A2-11; Jonas; 2024-05-14T11:02
A2-11; Jonas; 2024-05-14T13:15; 2024-05-14T13:52; 9.1
"""


def test_parse_flight():
    flight = parse_flight("M3-02; Ana; 2024-05-14T09:05; 2024-05-14T09:31; 6.4")
    assert flight == Flight("M3-02", "Ana", datetime(2024, 5, 14, 9, 5), datetime(2024, 5, 14, 9, 31), 6.4)
    assert flight.minutes == 26


def test_landing_before_takeoff():
    with pytest.raises(ValueError):
        parse_flight("A2-11; Jonas; 2024-05-14T10:40; 2024-05-14T10:20; 3.0")


def test_read_log():
    flights, bad = read_log(LOG)
    assert [f.km for f in flights] == [6.4, 0.0, 9.1]
    assert bad == [4, 5]


def test_read_empty_log():
    assert read_log("# nothing flown yet\n") == ([], [])
