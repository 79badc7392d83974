import pytest

from members import Member
from printqueue import PrintQueue


@pytest.fixture
def members():
    return {
        "ada": Member("ada", {"3d-printer", "laser"}),
        "bo": Member("bo", {"3d-printer"}),
        "cy": Member("cy", {"laser"}),
        "di": Member("di", {"3d-printer"}, suspended=True),
    }


@pytest.fixture
def queue(members):
    """Tuesday evening's queue: the space closes at 21:00."""
    queue = PrintQueue("Prusa MK4", closing_hour=21.0)
    queue.submit(members["ada"], "bracket.gcode", "PLA", 1.5)
    queue.submit(members["bo"], "phone-case.gcode", "TPU", 2.0)
    queue.submit(members["bo"], "helmet.gcode", "PLA", 6.0)
    queue.submit(members["ada"], "hinge.gcode", "PETG", 0.5)
    queue.submit(members["ada"], "gear.gcode", "PLA", 1.0)
    return queue
