"""Game results as the manager writes them on the board: 'Winner bt Loser +17',
with a T after the margin when the game was decided on time."""

from __future__ import annotations

import re
from dataclasses import dataclass

LINE = re.compile(r"^(?P<winner>.+?)\s+bt\s+(?P<loser>.+?)\s+\+(?P<margin>\d+)(?P<time>T?)$", re.IGNORECASE)


@dataclass(frozen=True)
class Game:
    winner: str
    loser: str
    margin: int
    on_time: bool = False


def parse_results(text: str) -> list[Game]:
    games = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = LINE.match(line)
        if not match:
            raise ValueError(f"line {number}: expected 'Winner bt Loser +margin'")
        margin = int(match["margin"])
        if not 1 <= margin <= 26:
            raise ValueError(f"line {number}: a margin is 1 to 26 points")
        games.append(Game(match["winner"], match["loser"], margin, bool(match["time"])))
    return games
