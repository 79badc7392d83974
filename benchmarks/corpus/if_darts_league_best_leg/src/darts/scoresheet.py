from __future__ import annotations

from dataclasses import dataclass

START_SCORE = 501


@dataclass(frozen=True)
class LegResult:
    """One player's side of one leg of 501."""

    player: str
    darts: int
    scored: int
    won: bool
    checkout: int = 0


def parse_line(line: str) -> LegResult:
    """A scoresheet line: "name darts scored W checkout" or "name darts scored L"."""
    parts = line.split()
    if len(parts) not in (4, 5) or parts[3] not in ("W", "L"):
        raise ValueError(f"bad scoresheet line: {line!r}")
    won = parts[3] == "W"
    checkout = int(parts[4]) if len(parts) == 5 else 0
    if won and int(parts[2]) != START_SCORE:
        raise ValueError(f"a won leg scores {START_SCORE}: {line!r}")
    return LegResult(parts[0], int(parts[1]), int(parts[2]), won, checkout)


def parse_sheet(text: str) -> list[LegResult]:
    return [parse_line(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]
