"""Reading the dibber downloads: one card per runner."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Punch:
    code: int
    seconds: int  # since the start of the clock


@dataclass
class Card:
    runner: str
    start: int
    finish: int | None
    punches: list[Punch] = field(default_factory=list)


def clock(text: str) -> int:
    """'h:mm:ss' or 'mm:ss' to seconds."""
    parts = [int(part) for part in text.split(":")]
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + part
    return seconds


def parse_card(text: str) -> Card:
    """A download: the runner's name, then 'S time', the punches as 'code time', and
    'F time' (missing when the runner did not finish)."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    runner, rest = lines[0], lines[1:]
    start = finish = None
    punches = []
    for line in rest:
        code, time = line.split()
        if code == "S":
            start = clock(time)
        elif code == "F":
            finish = clock(time)
        else:
            punches.append(Punch(int(code), clock(time)))
    if start is None:
        raise ValueError(f"{runner}: no start punch")
    return Card(runner, start, finish, punches)
