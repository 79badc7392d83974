"""The three courses, their prices and who is allowed on them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Course:
    name: str
    adult: Decimal
    junior: Decimal
    min_age: int
    min_height_cm: int


COURSES = {
    "squirrel": Course("Squirrel Trail", Decimal("14.00"), Decimal("11.00"), 4, 100),
    "canopy": Course("Canopy Walk", Decimal("28.00"), Decimal("22.00"), 8, 130),
    "summit": Course("Summit Zip", Decimal("36.00"), Decimal("30.00"), 12, 140),
}


@dataclass(frozen=True)
class Climber:
    name: str
    age: int
    height_cm: int
    course: str


def check_allowed(climber: Climber) -> Course:
    try:
        course = COURSES[climber.course]
    except KeyError:
        raise ValueError(f"no course called {climber.course!r}") from None
    if climber.age < course.min_age or climber.height_cm < course.min_height_cm:
        raise ValueError(f"{climber.name} is too young or too short for the {course.name}")
    return course
