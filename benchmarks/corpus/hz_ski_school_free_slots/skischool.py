"""Private lessons at the ski school: who is free when. Times are minutes after
midnight; the lifts open at 09:00 and the school's last lesson ends at 16:30."""

from __future__ import annotations

from dataclasses import dataclass, field

OPEN = 9 * 60
CLOSE = 16 * 60 + 30


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def minutes(text: str) -> int:
    hours, mins = text.split(":")
    return int(hours) * 60 + int(mins)


@dataclass
class Lesson:
    pupil: str
    start: int
    length: int

    @property
    def end(self) -> int:
        return self.start + self.length


@dataclass
class Instructor:
    name: str
    lunch: tuple[int, int] = (12 * 60, 13 * 60)
    lessons: list[Lesson] = field(default_factory=list)

    def is_free(self, start: int, length: int) -> bool:
        end = start + length
        if start < OPEN or end > CLOSE:
            return False
        if start < self.lunch[1] and end > self.lunch[0]:
            return False
        return all(end <= lesson.start or start >= lesson.end for lesson in self.lessons)

    def book(self, pupil: str, start: int, length: int) -> Lesson:
        if not self.is_free(start, length):
            raise ValueError(f"{self.name} is not free at {hhmm(start)} for {length} minutes")
        lesson = Lesson(pupil, start, length)
        self.lessons.append(lesson)
        return lesson

    def free_slots(self, length: int, step: int = 30) -> list[int]:
        """Start times, every `step` minutes from opening, at which a lesson of
        `length` minutes still fits in the day."""
        return [start for start in range(OPEN, CLOSE - length, step) if self.is_free(start, length)]
