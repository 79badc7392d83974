import pytest

from hatblocks.blocks import Block, BlockShelf


def shelf():
    return BlockShelf([
        Block("F56", "fedora", 56),
        Block("F57", "fedora", 57),
        Block("F59", "fedora", 59),
        Block("C57", "cloche", 57),
    ])


def test_nearest_size_of_the_style():
    assert shelf().find_block("fedora", 58.8).code == "F59"
    assert shelf().find_block("cloche", 56.5).code == "C57"


def test_smaller_block_on_a_tie():
    assert shelf().find_block("fedora", 56.5).code == "F56"


def test_nothing_near_enough():
    assert shelf().find_block("fedora", 61) is None
    assert shelf().find_block("boater", 57) is None


def test_booked_block_is_not_offered_again():
    blocks = shelf()
    assert blocks.book("A-114", "cloche", 57) == "C57"
    assert blocks.find_block("cloche", 57) is None
    with pytest.raises(LookupError, match="A-115"):
        blocks.book("A-115", "cloche", 57.5)


def test_give_back():
    blocks = shelf()
    code = blocks.book("A-120", "fedora", 59)
    assert blocks.out() == {"F59": "A-120"}
    blocks.give_back(code)
    assert blocks.out() == {}
    with pytest.raises(ValueError):
        blocks.give_back(code)
