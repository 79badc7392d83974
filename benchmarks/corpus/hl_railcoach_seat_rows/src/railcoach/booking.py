"""Picking seats for a new booking from those still free."""

from __future__ import annotations

from railcoach.layout import ROWS, SEATS_PER_ROW, seat_position


def free_seats(booked: set[int]) -> list[int]:
    return [seat for seat in range(1, SEATS_PER_ROW * ROWS + 1) if seat not in booked]


def pick_seat(booked: set[int], place: str | None = None) -> int | None:
    """The frontmost free seat, at a window or the aisle if asked for."""
    for seat in free_seats(booked):
        if place is None or seat_position(seat).place == place:
            return seat
    return None


def pick_pair(booked: set[int]) -> tuple[int, int] | None:
    """Two free seats side by side, on the same side of the aisle."""
    free = set(free_seats(booked))
    for seat in sorted(free):
        here, there = seat_position(seat), seat + 1
        if there in free and seat_position(there).row == here.row and seat_position(there).side == here.side:
            return seat, there
    return None
