import pytest

from clubrating.club import Club


@pytest.fixture
def club():
    club = Club()
    club.join("Mira", 1500)
    club.join("Tomasz", 1500)
    club.join("Jun", 1900)
    return club
