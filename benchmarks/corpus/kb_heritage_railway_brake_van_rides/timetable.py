"""Brake van rides on the heritage line's open days.

The brake van runs up to the loop and back: it leaves the platform every `every`
minutes from `opens`, the last ride leaving before `closes`, and seats `seats`
passengers. A family or a small party rides together or not at all; a group too big
for the van (a school trip, the cubs) is spread over the rides one after another.
"""

from __future__ import annotations


def minutes(clock: str) -> int:
    hours, mins = clock.strip().split(":")
    return int(hours) * 60 + int(mins)


def clock(minutes_: int) -> str:
    return f"{minutes_ // 60:02d}:{minutes_ % 60:02d}"


class RideDay:
    def __init__(self, opens: str, closes: str, every: int, seats: int) -> None:
        self.opens = minutes(opens)
        self.closes = minutes(closes)
        self.every = every
        self.seats = seats
        self.sold: dict[int, int] = {}  # departure, in minutes -> seats sold

    def departures(self) -> list[str]:
        return [clock(t) for t in range(self.opens, self.closes, self.every)]

    def free_seats(self, departure: int) -> int:
        return self.seats - self.sold.get(departure, 0)

    def first_at_or_after(self, after: str) -> int:
        late = max(0, minutes(after) - self.opens)
        return self.opens + -(-late // self.every) * self.every

    def book(self, after: str, party: int) -> str | None:
        """Seat the party on the first ride at or after `after` with room for all of
        them; its time, or None."""
        for t in range(self.first_at_or_after(after), self.closes, self.every):
            if self.free_seats(t) >= party:
                self.sold[t] = self.sold.get(t, 0) + party
                return clock(t)
        return None

    def book_group(self, after: str, people: int) -> list[tuple[str, int]] | None:
        """Seat a group on the seats left on the rides from the first at or after
        `after`, filling each ride before the next: [(time, seats)], or None, with
        nothing sold, when the rides left that day cannot take them all."""
        start = self.first_at_or_after(after)
        if people > sum(self.free_seats(t) for t in range(start, self.closes, self.every)):
            return None
        plan = []
        t = start
        while people > 0:
            take = min(people, self.free_seats(t))
            if take:
                plan.append((t, take))
                people -= take
                t += self.every
        for t, take in plan:
            self.sold[t] = self.sold.get(t, 0) + take
        return [(clock(t), take) for t, take in plan]
