import pytest

from transit.timetable import Call, format_time, parse_time
from transit.transfers import connections, describe, first_connection


def test_parse_and_format():
    assert parse_time("08:05") == 485
    assert format_time(parse_time("25:40")) == "25:40"
    with pytest.raises(ValueError):
        parse_time("8:75")


def test_needs_time_to_change(calls):
    arrival = Call("11", "Central", parse_time("08:12"))
    assert first_connection(arrival, calls) == Call("7", "Central", parse_time("08:20"))


def test_connections_at_central(calls):
    arrival = Call("4", "Central", parse_time("08:10"))
    assert describe(arrival, calls) == ["line 7 at 08:20", "line 11 at 08:32"]


def test_nothing_after_the_last_bus(calls):
    arrival = Call("7", "Market", parse_time("08:19"))
    assert connections(arrival, calls) == []
