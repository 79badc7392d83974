import pytest

from library import LendingError, SeedLibrary
from varieties import read_catalogue

CATALOGUE = """
# code; name; crop; packets
TOM-07; Gardener's Delight; tomato; 12
BEA-02; Cherokee Trail of Tears; climbing bean; 3
LET-11; Little Gem; lettuce; 6
"""


@pytest.fixture
def library():
    return SeedLibrary(read_catalogue(CATALOGUE.splitlines()))


def test_lend(library):
    library.lend("Priya", "TOM-07", 2)
    assert library.catalogue["TOM-07"].packets == 10
    assert library.out_with("Priya") == 2


def test_not_enough_packets(library):
    with pytest.raises(LendingError):
        library.lend("Priya", "BEA-02", 4)


def test_limit_per_member(library):
    library.lend("Priya", "TOM-07", 3)
    with pytest.raises(LendingError):
        library.lend("Priya", "LET-11", 3)


def test_give_back_fills_the_tin(library):
    library.lend("Priya", "BEA-02", 2)
    library.give_back("Priya", "BEA-02", 2)
    assert library.catalogue["BEA-02"].packets == 3


def test_borrow_again_after_giving_back(library):
    library.lend("Priya", "TOM-07", 5)
    library.give_back("Priya", "TOM-07", 3)
    library.lend("Priya", "LET-11", 2)
    assert library.out_with("Priya") == 4


def test_members_owing(library):
    library.lend("Priya", "TOM-07")
    library.lend("Sol", "LET-11", 2)
    library.give_back("Sol", "LET-11", 2)
    assert library.members_owing() == ["Priya"]


def test_gift_from_a_non_borrower(library):
    library.give_back("Ines", "LET-11", 4)
    assert library.catalogue["LET-11"].packets == 10
    assert library.members_owing() == []
