import pytest

from railcoach.layout import Position, seat_position, seats_in_row


def test_front_row():
    assert [seat_position(seat) for seat in (1, 2, 3, 4)] == [
        Position(1, "left", "window"),
        Position(1, "left", "aisle"),
        Position(1, "right", "aisle"),
        Position(1, "right", "window"),
    ]


def test_no_such_seat():
    with pytest.raises(ValueError):
        seat_position(65)
    with pytest.raises(ValueError):
        seat_position(0)


def test_seats_in_row():
    assert seats_in_row(3) == [9, 10, 11, 12]
