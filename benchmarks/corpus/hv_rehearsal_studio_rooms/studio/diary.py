"""Rehearsal room bookings at the studio, one hour at a time."""

from __future__ import annotations


class RoomUnavailable(Exception):
    pass


class RoomDiary:
    def __init__(self, rooms: int, opens: int = 10, closes: int = 24) -> None:
        self.rooms = rooms
        self.opens = opens
        self.closes = closes
        self.bookings: dict[tuple[int, int], str] = {}  # (room, hour) -> band
        self.out_of_use: set[int] = set()  # rooms waiting for repairs

    def is_open(self, hour: int) -> bool:
        return self.opens <= hour < self.closes

    def take_out_of_use(self, room: int) -> None:
        self.out_of_use.add(room)

    def back_in_use(self, room: int) -> None:
        self.out_of_use.discard(room)

    def book(self, room: int, hour: int, band: str) -> None:
        if not 1 <= room <= self.rooms or not self.is_open(hour):
            raise ValueError(f"no room {room} at {hour}:00")
        if room in self.out_of_use or (room, hour) in self.bookings:
            raise RoomUnavailable(f"room {room} is not free at {hour}:00")
        self.bookings[(room, hour)] = band

    def cancel(self, room: int, hour: int) -> None:
        self.bookings.pop((room, hour), None)

    def free_rooms(self, hour: int) -> list[int]:
        """The rooms that can still be booked at this hour, lowest number first."""
        if not self.is_open(hour):
            return []
        free = []
        for room in range(1, self.rooms + 1):
            if (room, hour) not in self.bookings:
                free.append(room)
        return free

    def book_any(self, hour: int, band: str) -> int | None:
        """Books the lowest free room at this hour; None when every room is taken."""
        free = self.free_rooms(hour)
        if not free:
            return None
        self.book(free[0], hour, band)
        return free[0]
