"""Results as the club secretary types them in after a club night: 'White - Black 1-0'."""

from __future__ import annotations

from dataclasses import dataclass

RESULTS = ("1-0", "0-1", "1/2-1/2")


@dataclass(frozen=True)
class Game:
    white: str
    black: str
    result: str


def parse_game(line: str) -> Game:
    players, _, result = line.strip().rpartition(" ")
    result = result.replace("½", "1/2")
    if result not in RESULTS:
        raise ValueError(f"bad result in {line!r}")
    white, sep, black = players.partition(" - ")
    if not sep or not white.strip() or not black.strip():
        raise ValueError(f"expected 'White - Black result': {line!r}")
    return Game(white.strip(), black.strip(), result)


def parse_night(text: str) -> list[Game]:
    return [parse_game(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]
