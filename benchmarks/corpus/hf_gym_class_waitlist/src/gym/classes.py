"""A class on the timetable: who is booked, and who is waiting for a place."""

from __future__ import annotations

from .members import Member


class FitnessClass:
    def __init__(self, title: str, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("a class needs at least one place")
        self.title = title
        self.capacity = capacity
        self.attendees: list[Member] = []
        self.waitlist: list[Member] = []

    @property
    def spots_left(self) -> int:
        return self.capacity - len(self.attendees)

    def roster(self) -> list[str]:
        return [member.name for member in self.attendees]

    def book(self, member: Member) -> str:
        """Books a place, or a place on the waitlist; premium members wait ahead of
        everyone who is not premium."""
        if member in self.attendees:
            return "already booked"
        if member in self.waitlist:
            return "already waiting"
        if self.spots_left > 0:
            self.attendees.append(member)
            return "booked"
        position = len(self.waitlist)
        if member.premium:
            position = next((i for i, m in enumerate(self.waitlist) if not m.premium), position)
        self.waitlist.insert(position, member)
        return f"waitlisted #{position + 1}"

    def cancel(self, member_id: int) -> Member | None:
        """Cancels a member's place, or their place on the waitlist. A place given up goes
        to the first member waiting, who is returned; otherwise returns None."""
        for i, member in enumerate(self.waitlist):
            if member.id == member_id:
                del self.waitlist[i]
                return None
        for i, member in enumerate(self.attendees):
            if member.id == member_id:
                del self.attendees[i]
                break
        else:
            raise KeyError(member_id)
        if self.waitlist and self.spots_left > 0:
            promoted = self.waitlist.pop(0)
            return promoted
        return None
