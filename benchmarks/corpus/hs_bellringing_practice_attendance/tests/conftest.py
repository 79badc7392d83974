import pytest

from belfry.sheet import read_sheet

RINGERS = ["ana", "bo", "cy", "dee"]

SPRING = """\
2024-03-05: ana, bo, cy | excused: dee
2024-03-12: ana, bo, dee
2024-03-19: cancelled
2024-03-26: ana, cy, dee
2024-04-02: ana, bo | excused: cy
"""


@pytest.fixture
def spring():
    return read_sheet(RINGERS, SPRING)
