import pytest

from flashcards.cards import Card, parse_deck


def test_parse_deck():
    deck = parse_deck("# Spanish, week 3\nel perro = the dog\nla casa=the house\n\n")
    assert deck == [Card("el perro", "the dog"), Card("la casa", "the house")]


def test_duplicate_front():
    with pytest.raises(ValueError):
        parse_deck("el gato = the cat\nel gato = cat")
