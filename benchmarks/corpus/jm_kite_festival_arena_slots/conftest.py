import pytest

from arena import Arena
from flyers import read_entries

ENTRIES = """
# Saturday display arena
Maggie Hollis | red octopus  | 12.0
Tom Pryce     | delta        | 2.5
Asha Patel    | rokkaku      | 1.8   # fighting kite team
Des Morley    | parafoil     | 4.0
"""


@pytest.fixture
def flyers():
    return {flyer.name.split()[0]: flyer for flyer in read_entries(ENTRIES)}


@pytest.fixture
def arena():
    arena = Arena("Beach field")
    arena.add_slot("10:00", capacity=3)
    arena.add_slot("11:30", capacity=2, giant=True)
    arena.add_slot("13:00", capacity=3)
    arena.add_slot("14:30", capacity=1, giant=True)
    return arena
