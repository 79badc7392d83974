"""One section of an area brass band contest."""

from __future__ import annotations

from scoresheet import parse_duration, parse_marks

OVERTIME_PENALTY = 2.0  # points off for every minute, or part of a minute, over the limit


class Contest:
    def __init__(self, section: str, time_limit_minutes: int = 15):
        self.section = section
        self.time_limit_minutes = time_limit_minutes
        self.marks: dict[str, list[float]] = {}
        self.times: dict[str, int] = {}

    def enter(self, band: str) -> None:
        if band in self.marks:
            raise ValueError(f"{band} is already entered")
        self.marks[band] = []

    def withdraw(self, band: str) -> None:
        del self.marks[band]
        self.times.pop(band, None)

    def add_marks(self, text: str) -> None:
        for _adjudicator, band, points in parse_marks(text):
            if band not in self.marks:
                raise KeyError(f"{band} is not entered in the {self.section} section")
            self.marks[band].append(points)

    def record_time(self, band: str, stopwatch: str) -> None:
        self.times[band] = parse_duration(stopwatch)

    def results(self) -> list[tuple[int, str, float]]:
        """(place, band, points), best first. Points are the average of the adjudicators'
        marks less the overtime penalty; bands on equal points share a place. Bands not
        yet marked are left out."""
        scored = []
        for band, marks in self.marks.items():
            if not marks:
                continue
            points = sum(marks) / len(marks)
            over = self.times.get(band, 0) - self.time_limit_minutes
            if over > 0:
                points -= OVERTIME_PENALTY * (over // 60)
            scored.append((round(points, 1), band))
        scored.sort(key=lambda row: (-row[0], row[1]))
        results = []
        for i, (points, band) in enumerate(scored):
            place = results[-1][0] if results and results[-1][2] == points else i + 1
            results.append((place, band, points))
        return results
