"""A Sunday sporting shoot at the ground: shooters register in their class, the
referees' marks come in stand by stand, and the results are read out per class."""

from __future__ import annotations

from scorecard import TARGETS_PER_ROUND, Card, parse_marks

CATEGORIES = ("AA", "A", "B", "C")


class Shoot:
    def __init__(self, name: str):
        self.name = name
        self.cards: dict[str, Card] = {}

    def register(self, shooter: str, category: str) -> None:
        if category not in CATEGORIES:
            raise ValueError(f"no class {category!r}")
        if shooter in self.cards:
            raise ValueError(f"{shooter} is already registered")
        self.cards[shooter] = Card(shooter, category)

    def mark(self, shooter: str, marks: str) -> None:
        card = self.cards[shooter]
        shots = card.shots + parse_marks(marks)
        if len(shots) > TARGETS_PER_ROUND:
            raise ValueError(f"{shooter} would have {len(shots)} targets, a round is {TARGETS_PER_ROUND}")
        card.shots = shots

    def class_results(self, category: str) -> list[tuple[int, str, int]]:
        """(place, shooter, kills) for the shooters in a class who have shot the full
        round, most kills first; equal scores go on countback (the later first miss
        wins), and only identical cards share a place."""
        rows = []
        for card in self.cards.values():
            if card.category == category:
                rows.append((card.kills, card.first_miss, card.name))
        rows.sort(key=lambda row: (-row[0], -row[1], row[2]))
        results = []
        for i, (kills, first_miss, name) in enumerate(rows):
            if i and rows[i - 1][:2] == (kills, first_miss):
                place = results[-1][0]
            else:
                place = i + 1
            results.append((place, name, kills))
        return results

    def high_gun(self) -> str | None:
        """The best full round of the day, whatever the class."""
        best = None
        for category in CATEGORIES:
            for _place, name, _kills in self.class_results(category)[:1]:
                card = self.cards[name]
                if best is None or (card.kills, card.first_miss) > (best.kills, best.first_miss):
                    best = card
        return best.name if best else None
