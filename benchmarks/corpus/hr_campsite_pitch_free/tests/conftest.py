import pytest

from campsite.pitches import load_pitches
from campsite.site import Campsite

PITCHES = """\
# code, max length (m), hook-up
a1, 8.0, y
a2, 8.0, n
b1, 12.5, y
t1, 4.0, n
"""


@pytest.fixture
def site():
    return Campsite(load_pitches(PITCHES))
