"""Selling seats together: a party sits side by side in one row."""

from __future__ import annotations

from .plan import draw_plan, parse_plan, seat_labels


class SoldOut(Exception):
    pass


class Hall:
    def __init__(self, plan: str) -> None:
        self.rows = parse_plan(plan)

    def __str__(self) -> str:
        return draw_plan(self.rows)

    def free_blocks(self, row: str, size: int) -> list[int]:
        """The seat numbers at which `size` free seats side by side start in the row."""
        if size < 1:
            raise ValueError("a party has at least one person")
        seats = self.rows[row]
        starts = []
        for start in range(len(seats) - size):
            if not any(seats[start:start + size]):
                starts.append(start + 1)
        return starts

    def best_seats(self, size: int) -> list[str]:
        """Seats for the party in the row nearest the middle of the hall, as near the
        middle of that row as they can be; the seats are taken."""
        letters = list(self.rows)
        middle = (len(letters) - 1) / 2
        for letter in sorted(letters, key=lambda r: (abs(letters.index(r) - middle), r)):
            starts = self.free_blocks(letter, size)
            if starts:
                centre = (len(self.rows[letter]) - size) / 2
                first = min(starts, key=lambda s: (abs(s - 1 - centre), s))
                for number in range(first, first + size):
                    self.rows[letter][number - 1] = True
                return seat_labels(letter, first, size)
        raise SoldOut(f"no {size} seats together")
