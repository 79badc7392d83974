import pytest

from cutlist.pieces import parse_cut_list

BOOKCASE = """\
side 1800 x2
shelf 760 x4
top 800
"""


@pytest.fixture
def bookcase():
    return parse_cut_list(BOOKCASE)
