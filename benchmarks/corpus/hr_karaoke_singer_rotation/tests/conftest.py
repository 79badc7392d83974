import pytest

from karaoke.night import KaraokeNight
from karaoke.songbook import parse_songbook

BOOK = """
1021;Dancing Queen;ABBA;3:51
1188;Total Eclipse of the Heart;Bonnie Tyler;4:30
2045;Mr. Brightside;The Killers;3:43
3302;Valerie;Amy Winehouse;3:39
4410;Bohemian Rhapsody;Queen;5:55
"""


@pytest.fixture
def book():
    return parse_songbook(BOOK)


@pytest.fixture
def night(book):
    return KaraokeNight(book)
