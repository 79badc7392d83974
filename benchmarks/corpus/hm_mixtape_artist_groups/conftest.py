import pytest

from mixtape.playlist import Playlist

PARTY = """\
Robyn - Dancing On My Own (4:41)
Robyn - Call Your Girlfriend (3:48)
Daft Punk - One More Time (5:20)
Robyn - Hang With Me (4:20)
Lizzo - Juice (3:15)
Daft Punk - Digital Love (4:58)
"""


@pytest.fixture
def party():
    return Playlist.from_text("party", PARTY)
