from datetime import date

import pytest

from forgecourse.courses import read_courses

CALENDAR = """
# code | title | day | forges | price
HOOK-0511 | Hooks and hangers | 2024-05-11 | 6 | 165

KNIFE-0518 | Forge a kitchen knife | 2024-05-18 | 4 | 240   # two-day kit
"""


def test_read_courses():
    courses = read_courses(CALENDAR)
    assert list(courses) == ["HOOK-0511", "KNIFE-0518"]
    assert courses["KNIFE-0518"].day == date(2024, 5, 18)
    assert courses["KNIFE-0518"].places == 4


def test_course_listed_twice():
    with pytest.raises(ValueError, match="twice"):
        read_courses(CALENDAR + "HOOK-0511 | Hooks again | 2024-06-01 | 6 | 165\n")
