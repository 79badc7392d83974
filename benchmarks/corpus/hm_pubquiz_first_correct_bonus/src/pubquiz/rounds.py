"""The quiz sheet: rounds of questions, each worth some points (picture rounds
count double)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Question:
    number: int
    round: str
    points: int = 1


def build_sheet(rounds: dict[str, int], doubled: tuple[str, ...] = ()) -> dict[int, Question]:
    """Number the questions through all rounds, in the order given."""
    sheet = {}
    number = 1
    for name, count in rounds.items():
        for _ in range(count):
            sheet[number] = Question(number, name, 2 if name in doubled else 1)
            number += 1
    return sheet
