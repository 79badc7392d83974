"""Who goes on which register on Saturday.

Trapeze and silks (aerial) need a signed waiver, a harness fitted and on the
student's record, and the student to be MIN_AERIAL_AGE or over on the day. Ground
skills (juggling, diabolo, plate spinning, tumbling) need a signed waiver and
MIN_GROUND_AGE. Registers keep booking order; a booking that doesn't meet the rules
goes on the office's call-back list instead.
"""

from __future__ import annotations

from datetime import date

from bigtop.students import Student, age_on

MIN_AERIAL_AGE = 8
MIN_GROUND_AGE = 5


def can_fly(student: Student, day: date) -> bool:
    return student.waiver_signed and student.harness is not None and age_on(student.born, day) >= MIN_AERIAL_AGE


def aerial_register(students: list[Student], day: date) -> list[str]:
    return [s.name for s in students if "aerial" in s.classes and can_fly(s, day)]


def ground_register(students: list[Student], day: date) -> list[str]:
    return [
        s.name
        for s in students
        if "ground" in s.classes and s.waiver_signed and s.harness is not None and age_on(s.born, day) >= MIN_GROUND_AGE
    ]


def call_backs(students: list[Student], day: date) -> list[tuple[str, str]]:
    """(student, class) for every booking left off its register."""
    registers = {"aerial": set(aerial_register(students, day)), "ground": set(ground_register(students, day))}
    return [(s.name, c) for s in students for c in s.classes if s.name not in registers.get(c, set())]
