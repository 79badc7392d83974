import pytest

from course import Course
from scoring import Run


@pytest.fixture
def jumping():
    return Course("Grade 4 Jumping", "jumping", 178)  # SCT 45 s


@pytest.fixture
def agility():
    return Course("Grade 2 Agility", "agility", 140)  # SCT 40 s


@pytest.fixture
def jumping_class():
    return [
        Run("Sue Harper", "Fizz", "", 41.2),
        Run("Dev Patel", "Moss", "P", 38.9),
        Run("Ann Lowe", "Tig", "", 46.5),
        Run("Jo Reid", "Nell", "W", 30.1),
        Run("Mark Tate", "Bramble", "", 39.75),
    ]
