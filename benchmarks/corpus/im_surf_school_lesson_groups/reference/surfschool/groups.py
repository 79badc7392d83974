from __future__ import annotations

import math
from collections import Counter

from surfschool.students import LEVELS, Student

MAX_GROUP = 8
ADULTS_PER_INSTRUCTOR = 6
JUNIORS_PER_INSTRUCTOR = 4


class LessonGroup:
    """One level's lesson: the first signed-up students to book, up to the group size;
    anyone else at that level with a waiver waits for a space, and anyone without a
    waiver cannot go in the water at all."""

    def __init__(self, level: str, students: list[Student], max_size: int = MAX_GROUP):
        self.level = level
        self.max_size = max_size
        cleared = [s for s in students if s.level == level and s.waiver_signed]
        self.students = cleared[:max_size]
        self.waiting = cleared[max_size:]
        self.wetsuits = Counter(s.wetsuit for s in self.students)

    def instructors_needed(self) -> int:
        juniors = sum(1 for s in self.students if s.junior)
        adults = len(self.students) - juniors
        return math.ceil(juniors / JUNIORS_PER_INSTRUCTOR) + math.ceil(adults / ADULTS_PER_INSTRUCTOR)

    def spaces(self) -> int:
        return self.max_size - len(self.students)


def plan_day(students: list[Student], max_size: int = MAX_GROUP) -> dict[str, dict]:
    """Per level: who is in, who waits, instructors, and the wetsuits to bring down."""
    plan = {}
    for level in LEVELS:
        group = LessonGroup(level, students, max_size)
        plan[level] = {
            "students": [s.name for s in group.students],
            "waiting": [s.name for s in group.waiting],
            "instructors": group.instructors_needed(),
            "wetsuits": dict(sorted(group.wetsuits.items())),
        }
    return plan


def missing_waivers(students: list[Student]) -> list[str]:
    return sorted(s.name for s in students if not s.waiver_signed)
