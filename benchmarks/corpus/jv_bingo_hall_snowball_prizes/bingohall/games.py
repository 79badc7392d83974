"""The caller's sheet for a session, typed up after the last game.

One game a line: `game, books sold, line winners, house winners, numbers called
for the house`, e.g. `3, 84, 1, 2, 51`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Game:
    books: int
    line_winners: int
    house_winners: int
    house_call: int  # how many numbers had been called when the house was claimed


def read_sheet(text: str) -> list[Game]:
    games = []
    for line in text.strip().splitlines():
        number, books, line_winners, house_winners, house_call = (int(part) for part in line.split(","))
        if number != len(games) + 1:
            raise ValueError(f"game {number} out of order on the sheet")
        if line_winners < 1 or house_winners < 1:
            raise ValueError(f"game {number}: every game has a line and a house")
        if not 15 <= house_call <= 90:
            raise ValueError(f"game {number}: house on call {house_call}")
        games.append(Game(books, line_winners, house_winners, house_call))
    return games
