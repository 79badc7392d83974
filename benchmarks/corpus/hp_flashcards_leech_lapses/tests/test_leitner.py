import datetime

import pytest

from flashcards.cards import parse_deck
from flashcards.leitner import Scheduler

MONDAY = datetime.date(2024, 9, 2)


@pytest.fixture
def deck():
    return parse_deck("el perro = the dog\nla casa = the house\nel ayuntamiento = the town hall\n")


def test_new_cards_are_due(deck):
    assert [card.front for card in Scheduler(deck, MONDAY).due()] == ["el perro", "la casa", "el ayuntamiento"]


def test_right_answer_moves_card_up(deck):
    drill = Scheduler(deck, MONDAY)
    drill.review(deck[0], correct=True)
    assert deck[0].box == 2
    assert deck[0].due == datetime.date(2024, 9, 4)
    assert deck[0] not in drill.due()


def test_wrong_answer_back_to_box_one(deck):
    drill = Scheduler(deck, MONDAY)
    for _ in range(3):
        drill.review(deck[1], correct=True)
    drill.review(deck[1], correct=False)
    assert deck[1].box == 1
    assert deck[1].due == MONDAY + datetime.timedelta(days=1)
    assert drill.progress() == {1: 3, 2: 0, 3: 0, 4: 0, 5: 0}


def test_leeches(deck):
    drill = Scheduler(deck, MONDAY)
    for _ in range(4):
        drill.review(deck[2], correct=False)
        drill.next_day()
    drill.review(deck[0], correct=False)
    assert drill.leeches() == ["el ayuntamiento"]
