import pytest

from ferry.vehicles import Vehicle, parse_queue, parse_vehicle


def test_usual_length():
    assert parse_vehicle("ab12cde car") == Vehicle("AB12CDE", "car", 4.5)


def test_given_length():
    assert parse_vehicle("TRK1 trailer 9.5m").length == 9.5


def test_unknown_kind_needs_a_length():
    with pytest.raises(ValueError):
        parse_vehicle("X1 trailer")


def test_queue_skips_blank_lines():
    assert [v.plate for v in parse_queue("A1 car\n\nB2 van\n")] == ["A1", "B2"]
