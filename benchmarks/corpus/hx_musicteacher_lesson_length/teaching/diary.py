"""A visiting music teacher's diary of lessons in pupils' homes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta


@dataclass(frozen=True)
class Lesson:
    pupil: str
    start: datetime
    end: datetime

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


class Diary:
    def __init__(self, teacher: str, minutes: int = 60, day_starts: time = time(8, 0),
                 day_ends: time = time(19, 0), gap: int = 15) -> None:
        self.teacher = teacher
        self.minutes = minutes  # the usual length of a lesson
        self.day_starts = day_starts
        self.day_ends = day_ends
        self.gap = timedelta(minutes=gap)  # to get from one pupil's home to the next
        self.lessons: list[Lesson] = []

    def book(self, pupil: str, start: datetime, minutes: int | None = None) -> Lesson:
        """Book a lesson of that many minutes (the usual length if not given) within
        the working day, at least the gap away from every other lesson."""
        if minutes is None:
            minutes = self.minutes
        end = start + timedelta(minutes=self.minutes)
        if start.time() < self.day_starts or end.date() != start.date() or end.time() > self.day_ends:
            raise ValueError(f"{start:%H:%M}-{end:%H:%M} is outside the working day")
        for lesson in self.lessons:
            if start < lesson.end + self.gap and lesson.start < end + self.gap:
                raise ValueError(f"clashes with {lesson.pupil} at {lesson.start:%H:%M}")
        lesson = Lesson(pupil, start, end)
        self.lessons.append(lesson)
        return lesson

    def cancel(self, pupil: str, start: datetime) -> None:
        self.lessons = [l for l in self.lessons if (l.pupil, l.start) != (pupil, start)]

    def day(self, day: date) -> list[str]:
        """The day's lessons as "09:00-10:00 Priya", in time order."""
        lessons = sorted((l for l in self.lessons if l.start.date() == day), key=lambda l: l.start)
        return [f"{l.start:%H:%M}-{l.end:%H:%M} {l.pupil}" for l in lessons]
