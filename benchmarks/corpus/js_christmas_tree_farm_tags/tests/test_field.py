import pytest

from treefarm.field import DEPOSIT, Field, Tree


def make_field():
    return Field([
        Tree(101, "A", "Nordmann", 175),
        Tree(102, "A", "Nordmann", 95),
        Tree(103, "A", "Norway", 160),
        Tree(201, "B", "Nordmann", 205),
        Tree(202, "B", "Fraser", 250),
        Tree(203, "B", "Nordmann", 140),
    ])


def test_tagging_takes_the_deposit():
    field = make_field()
    assert field.tag(101, "Okafor") == DEPOSIT
    assert field.still_free("Nordmann") == [201, 203]


def test_saplings_are_not_for_sale():
    field = make_field()
    assert 102 not in field.still_free("Nordmann")
    with pytest.raises(ValueError, match="too small"):
        field.tag(102, "Okafor")


def test_a_tree_is_tagged_once():
    field = make_field()
    field.tag(201, "The Plough Inn")
    with pytest.raises(ValueError, match="Plough"):
        field.tag(201, "Okafor")


def test_no_more_than_three_trees_a_household():
    field = make_field()
    for number in (101, 201, 203):
        field.tag(number, "St Mary's")
    with pytest.raises(ValueError, match="already has 3"):
        field.tag(202, "St Mary's")


def test_collection_slip():
    field = make_field()
    field.tag(202, "Okafor")
    field.tag(101, "Okafor")
    field.tag(103, "Brennan")
    assert field.collection_slip("Okafor") == [
        "#101 Nordmann 175cm row A: £45.00",
        "#202 Fraser 250cm row B: £92.00",
    ]


def test_untag_frees_the_tree():
    field = make_field()
    field.tag(103, "Brennan")
    field.untag(103)
    assert field.still_free("Norway") == [103]
    assert field.collection_slip("Brennan") == []
