"""The trekking herd, and which of them can go out on a given day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MIN_AGE_YEARS = 2  # youngsters stay in the paddock until they are two


@dataclass
class Llama:
    name: str
    born: date
    rest_from: date | None = None  # the vet's rest, both days included
    rest_to: date | None = None


def age_years(born: date, on: date) -> int:
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


class Herd:
    def __init__(self, llamas: list[Llama]):
        self.llamas = {llama.name: llama for llama in llamas}

    def rest(self, name: str, start: date, end: date) -> None:
        """Signed off by the vet from start to end."""
        if end < start:
            raise ValueError("the rest ends before it starts")
        llama = self.llamas[name]
        llama.rest_from, llama.rest_to = start, end

    def fit_to_trek(self, day: date) -> list[str]:
        """Names, in alphabetical order, of the llamas old enough to trek and not on
        the vet's rest that day."""
        fit = []
        for llama in self.llamas.values():
            if age_years(llama.born, day) < MIN_AGE_YEARS:
                continue
            if llama.rest_from is not None and llama.rest_from <= day and day <= llama.rest_to:
                continue
            fit.append(llama.name)
        return sorted(fit)
