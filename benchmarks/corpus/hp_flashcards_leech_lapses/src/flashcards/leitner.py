"""Leitner scheduling: a right answer moves a card up a box and further away, a
wrong one sends it back to box 1. Cards forgotten again and again are leeches,
to be rewritten or dropped."""

from __future__ import annotations

import datetime

from flashcards.cards import Card

INTERVALS = {1: 1, 2: 2, 3: 4, 4: 9, 5: 21}  # days until the next review, by box
TOP_BOX = max(INTERVALS)
LEECH_LAPSES = 4


class Scheduler:
    def __init__(self, cards: list[Card], today: datetime.date) -> None:
        self.cards = cards
        self.today = today

    def due(self) -> list[Card]:
        """Cards to review today, lowest box first, then in deck order."""
        waiting = [card for card in self.cards if card.due is None or card.due <= self.today]
        return sorted(waiting, key=lambda card: card.box)

    def review(self, card: Card, correct: bool) -> None:
        if correct:
            card.box = min(card.box + 1, TOP_BOX)
        else:
            card.box = 1
        card.due = self.today + datetime.timedelta(days=INTERVALS[card.box])

    def next_day(self) -> None:
        self.today += datetime.timedelta(days=1)

    def leeches(self) -> list[str]:
        return [card.front for card in self.cards if card.lapses >= LEECH_LAPSES]

    def progress(self) -> dict[int, int]:
        """How many cards sit in each box."""
        counts = {box: 0 for box in INTERVALS}
        for card in self.cards:
            counts[card.box] += 1
        return counts
