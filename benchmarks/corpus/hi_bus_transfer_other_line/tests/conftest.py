import pytest

from transit.timetable import load_calls


@pytest.fixture
def calls():
    return load_calls([
        ("4", "Central", "08:10"),
        ("4", "Market", "08:16"),
        ("4", "Central", "08:25"),
        ("11", "Central", "08:12"),
        ("11", "Central", "08:32"),
        ("7", "Central", "08:20"),
        ("7", "Market", "08:19"),
        ("7", "Central", "08:50"),
    ])
