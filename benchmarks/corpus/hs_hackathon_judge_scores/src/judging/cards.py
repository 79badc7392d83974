"""Score cards from the judges' form: one card per judge and team."""

from __future__ import annotations

from dataclasses import dataclass

CRITERIA = ("idea", "build", "demo")


@dataclass(frozen=True)
class Card:
    judge: str
    team: str
    marks: dict  # criterion -> 0..10
    conflict: bool = False  # the judge mentored or works with the team


def read_cards(rows: list[dict]) -> list[Card]:
    """Rows as the form exports them: judge, team, one column per criterion, conflict ("yes"/"")."""
    cards = []
    for row in rows:
        marks = {criterion: int(row[criterion]) for criterion in CRITERIA}
        if any(not 0 <= mark <= 10 for mark in marks.values()):
            raise ValueError(f"marks out of range on {row['judge']}'s card for {row['team']}")
        cards.append(Card(row["judge"], row["team"], marks, row.get("conflict", "").strip().lower() == "yes"))
    return cards
