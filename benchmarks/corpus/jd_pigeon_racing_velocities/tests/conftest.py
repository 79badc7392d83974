import pytest

from racing.lofts import read_lofts
from racing.results import Marked, Race

REGISTER = """
J Haigh, 53.701, -1.782
Firth & Son, 53.652, -1.805
K Barraclough, 53.724, -1.698
"""


@pytest.fixture
def lofts():
    return read_lofts(REGISTER)


@pytest.fixture
def newbury():
    return Race("Newbury", 51.4014, -1.3231, "07:30:00")


@pytest.fixture
def marked():
    birds = [
        Marked("GB24N01234", "J Haigh", (1, 5)),
        Marked("GB24N01240", "J Haigh"),
        Marked("GB24N05511", "Firth & Son", (1,)),
        Marked("GB24N07702", "K Barraclough", (1, 5)),
        Marked("GB24N07710", "K Barraclough"),
    ]
    return {bird.ring: bird for bird in birds}


@pytest.fixture
def clockings():
    return [
        ("Firth & Son", "GB24N05511", "11:00:45"),
        ("J Haigh", "GB24N01234", "11:02:10"),
        ("J Haigh", "GB24N01240", "11:04:00"),
        ("K Barraclough", "GB24N07702", "11:05:30"),
        ("K Barraclough", "GB24N07710", "11:20:00"),
    ]
