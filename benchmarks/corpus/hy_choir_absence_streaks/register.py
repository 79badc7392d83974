"""The choir's attendance register: one column per rehearsal, a tick for each
singer who came. The committee writes to singers who miss several rehearsals in a
row (but not to those who sent apologies)."""

from __future__ import annotations

PRESENT = "/"
APOLOGIES = "A"
ABSENT = "."


class AttendanceRegister:
    def __init__(self, singers: list[str]) -> None:
        self.singers = list(singers)
        self.rehearsals: list[str] = []
        self.marks: dict[str, list[str]] = {name: [] for name in self.singers}

    def record(self, rehearsal: str, present: set[str], apologies: set[str] = frozenset()) -> None:
        self.rehearsals.append(rehearsal)
        for name in self.singers:
            if name in present:
                self.marks[name].append(PRESENT)
            elif name in apologies:
                self.marks[name].append(APOLOGIES)
            else:
                self.marks[name].append(ABSENT)

    def attendance_rate(self, name: str) -> float:
        marks = self.marks[name]
        if not marks:
            return 0.0
        return marks.count(PRESENT) / len(marks)

    def missed_in_a_row(self, limit: int = 3) -> dict[str, int]:
        """Singers whose longest run of unexplained absences reached `limit`, with
        that run's length. Apologies neither count as an absence nor break a run;
        coming to a rehearsal ends it."""
        flagged = {}
        for name in self.singers:
            run = longest = 0
            for mark in self.marks[name]:
                if mark == APOLOGIES:
                    continue
                if mark == PRESENT:
                    continue
                run += 1
                longest = max(longest, run)
            if longest >= limit:
                flagged[name] = longest
        return flagged

    def sheet(self) -> list[str]:
        width = max((len(name) for name in self.singers), default=0)
        return [f"{name:<{width}} {''.join(self.marks[name])}" for name in self.singers]
