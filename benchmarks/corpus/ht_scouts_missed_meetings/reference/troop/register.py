"""The weekly meeting register. Excused absences (parents let the leader know
beforehand) do not count against a scout; the leader rings the parents of anyone
who has missed several meetings in a row without an excuse (an excused absence
neither breaks nor extends the run)."""

from __future__ import annotations

from collections import Counter

from .members import Scout


class UnknownScout(KeyError):
    pass


class Register:
    def __init__(self, members: list[Scout]) -> None:
        self.scouts = {scout.name: scout for scout in members}
        self.meetings = 0
        self.attended: Counter[str] = Counter()
        self.excused: Counter[str] = Counter()
        self.missed_in_a_row: Counter[str] = Counter()
        self.last_present: set[str] = set()

    def record(self, present: list[str], excused: list[str] = ()) -> None:
        present, excused = set(present), set(excused)
        for name in sorted(present | excused):
            if name not in self.scouts:
                raise UnknownScout(name)
        self.meetings += 1
        self.last_present = present
        for name in self.scouts:
            if name in present:
                self.attended[name] += 1
                self.missed_in_a_row[name] = 0
            elif name in excused:
                self.excused[name] += 1
            else:
                self.missed_in_a_row[name] += 1

    def rate(self, name: str) -> float:
        """Share of the meetings they were expected at that they came to."""
        if name not in self.scouts:
            raise UnknownScout(name)
        expected = self.meetings - self.excused[name]
        return 1.0 if expected == 0 else self.attended[name] / expected

    def camp_eligible(self, min_rate: float = 0.75) -> list[str]:
        return sorted(name for name in self.scouts if self.rate(name) >= min_rate)

    def to_ring(self, after: int = 2) -> list[str]:
        """Scouts who have missed more than `after` meetings in a row."""
        return sorted(name for name, missed in self.missed_in_a_row.items() if missed > after)

    def patrol_turnout(self, patrol: str) -> int:
        """How many scouts of the patrol came to the last meeting recorded."""
        return sum(1 for name in self.last_present if self.scouts[name].patrol == patrol)
