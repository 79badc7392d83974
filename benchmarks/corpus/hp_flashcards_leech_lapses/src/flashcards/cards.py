"""Cards and the plain-text decks they come from ("front = back", one per line)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass
class Card:
    front: str
    back: str
    box: int = 1
    due: datetime.date | None = None  # None: never reviewed, due at once
    lapses: int = 0  # wrong answers so far


def parse_deck(text: str) -> list[Card]:
    cards = []
    seen = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        front, sep, back = line.partition("=")
        if not sep or not front.strip() or not back.strip():
            raise ValueError(f"not a card: {line!r}")
        if front.strip() in seen:
            raise ValueError(f"duplicate card: {front.strip()!r}")
        seen.add(front.strip())
        cards.append(Card(front.strip(), back.strip()))
    return cards
