from __future__ import annotations

from dataclasses import dataclass

from orienteering.cards import Card


@dataclass
class Result:
    runner: str
    status: str  # "OK", "MP" (mispunch) or "DNF"
    seconds: int | None
    splits: list[int]


class Course:
    def __init__(self, name: str, controls: list[int], length_km: float):
        self.name = name
        self.controls = list(controls)
        self.length_km = length_km

    def check(self, card: Card) -> Result:
        """Match the card's punches to the controls in course order. Extra punches (a
        wrong control, the same control twice) do not matter; a control not found in
        order is a mispunch. Splits are the leg times of the controls found."""
        found = 0
        splits = []
        last = card.start
        for punch in card.punches:
            if punch.code == self.controls[found]:
                splits.append(punch.seconds - last)
                last = punch.seconds
                found += 1
        if card.finish is None:
            return Result(card.runner, "DNF", None, splits)
        if found < len(self.controls):
            return Result(card.runner, "MP", None, splits)
        splits.append(card.finish - last)
        return Result(card.runner, "OK", card.finish - card.start, splits)

    def pace(self, result: Result) -> float | None:
        """Minutes per kilometre."""
        if result.seconds is None:
            return None
        return round(result.seconds / 60 / self.length_km, 2)
