import pytest

from scanning.tally import Group, read_tally, whole_flock

SHEET = """
# Mules, tupped 20 Oct
Top field: 4 empty, 61 singles, 102 twins, 9 triplets
Shearlings: 7 empty, 40 singles, 18 twins
Cull ewes: 1 triplet
"""


def test_read_tally():
    assert read_tally(SHEET) == [
        Group("Top field", 4, 61, 102, 9),
        Group("Shearlings", 7, 40, 18, 0),
        Group("Cull ewes", 0, 0, 0, 1),
    ]


def test_unreadable_line():
    with pytest.raises(ValueError):
        read_tally("Top field 4 empty")


def test_ewes_and_lambs():
    group = Group("Top field", 4, 61, 102, 9)
    assert group.ewes() == 176
    assert group.lambs() == 292


def test_whole_flock():
    assert whole_flock(read_tally(SHEET)) == Group("Flock", 11, 101, 120, 10)
