"""Bookings for one timetabled class (spin, yoga, ...): a fixed number of places,
then a waiting list, first come first served."""

from __future__ import annotations

from gymdesk.members import Member


class ClassSession:
    def __init__(self, title: str, capacity: int) -> None:
        self.title = title
        self.capacity = capacity
        self.attendees: list[str] = []
        self.waitlist: list[str] = []

    def places_left(self) -> int:
        return max(self.capacity - len(self.attendees), 0)

    def book(self, member: Member) -> str:
        """Books the member in, or puts them on the waiting list when the class is
        full. A member already in the class or waiting for it keeps their place."""
        if not member.can_book:
            return "refused"
        if member.member_id in self.attendees or member.member_id in self.waitlist:
            return "already booked"
        if len(self.attendees) < self.capacity:
            self.attendees.append(member.member_id)
            return "booked"
        self.waitlist.append(member.member_id)
        return "waitlisted"

    def cancel(self, member_id: str) -> str | None:
        """Cancels a booking or a place on the waiting list. When a place in the
        class frees up, the first member waiting gets it; returns who that is."""
        if member_id in self.waitlist:
            self.waitlist.remove(member_id)
            return None
        if member_id not in self.attendees:
            raise KeyError(member_id)
        self.attendees.remove(member_id)
        if self.waitlist:
            promoted = self.waitlist.pop(0)
            self.attendees.append(promoted)
            return promoted
        return None

    def position(self, member_id: str) -> int | None:
        """1 for the first member on the waiting list; None if not waiting."""
        if member_id in self.waitlist:
            return self.waitlist.index(member_id) + 1
        return None
