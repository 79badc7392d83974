import pytest

from skischool import Instructor, minutes


@pytest.fixture
def marta():
    """Marta on a busy Saturday: two morning lessons and a late lunch."""
    instructor = Instructor("Marta", lunch=(minutes("12:30"), minutes("13:30")))
    instructor.book("Ollie", minutes("09:00"), 60)
    instructor.book("Priya", minutes("10:30"), 90)
    return instructor
