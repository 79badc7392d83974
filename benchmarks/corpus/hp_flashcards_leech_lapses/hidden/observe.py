"""Weeks of random drills: which cards are due, their boxes, lapses and leeches."""

import datetime
import random

from observing import attempt
from flashcards.cards import Card
from flashcards.leitner import Scheduler

START = datetime.date(2024, 1, 8)
WORDS = ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho"]


def cards_state(cards):
    return [(card.front, card.box, card.due, card.lapses) for card in cards]


def observe():
    rng = random.Random(5150)
    results = []
    for answers in ([], [False], [True, False], [False] * 3, [False] * 4, [False] * 5,
                    [True] * 6, [True, True, False, True, False, False, True, False]):
        card = Card("hola", "hello")
        drill = Scheduler([card], START)
        for correct in answers:
            attempt(drill.review, card, correct)
            drill.next_day()
        results.append((cards_state([card]), drill.leeches(), drill.progress()))
    for _ in range(100):
        cards = [Card(word, word.upper()) for word in rng.sample(WORDS, rng.randint(1, len(WORDS)))]
        drill = Scheduler(cards, START)
        skill = rng.uniform(0.2, 0.95)
        daily = []
        for _ in range(rng.randint(1, 30)):
            due = drill.due()
            daily.append([card.front for card in due])
            for card in due:
                attempt(drill.review, card, rng.random() < skill)
            drill.next_day()
        results.append((daily, cards_state(cards), drill.leeches(), drill.progress()))
    return results
