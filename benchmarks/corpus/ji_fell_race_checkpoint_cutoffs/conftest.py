import pytest

from course import read_course

ENNERDALE = """
# Ennerdale Horseshoe
CP1 Great Borne
CP2 Red Pike       cutoff 1:45
CP3 Pillar         cutoff 3:30
CP4 Lank Rigg
"""


@pytest.fixture
def ennerdale():
    return read_course(ENNERDALE)


@pytest.fixture
def clean_run():
    """A runner who got round in 4:12:30 from the 10:00 start."""
    return {"CP1": "10:41:10", "CP2": "11:32:05", "CP3": "13:05:40", "CP4": "13:58:00", "FIN": "14:12:30"}
