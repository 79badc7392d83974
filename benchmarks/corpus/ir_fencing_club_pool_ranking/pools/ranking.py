"""Ranking after the pools, which seeds the direct elimination."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pools.sheet import Bout


@dataclass(frozen=True)
class Row:
    name: str
    bouts: int
    victories: int
    ratio: float  # victories over bouts fenced
    scored: int
    received: int

    @property
    def indicator(self) -> int:
        return self.scored - self.received


def pool_ranking(bouts: list[Bout]) -> list[Row]:
    """Every fencer ranked by victory ratio, then indicator (touches scored less touches
    received), then touches scored; fencers level on all three are listed by name."""
    fought: Counter[str] = Counter()
    won: Counter[str] = Counter()
    scored: Counter[str] = Counter()
    received: Counter[str] = Counter()
    for bout in bouts:
        for me, mine, theirs in (
            (bout.left, bout.left_score, bout.right_score),
            (bout.right, bout.right_score, bout.left_score),
        ):
            fought[me] += 1
            scored[me] += mine
            received[me] += theirs
            if mine > theirs:
                won[me] += 1

    def row(name: str) -> Row:
        ratio = round(won[name] / fought[name])
        return Row(name, fought[name], won[name], ratio, scored[name], received[name])

    rows = [row(name) for name in fought]
    rows.sort(key=lambda r: (-r.ratio, -r.indicator, -r.scored, r.name))
    return rows


def places(rows: list[Row]) -> dict[str, int]:
    """Each fencer's place; fencers level on ratio, indicator and touches scored share one."""
    result = {}
    for position, r in enumerate(rows, start=1):
        before = rows[position - 2] if position > 1 else None
        if before and (before.ratio, before.indicator, before.scored) == (r.ratio, r.indicator, r.scored):
            result[r.name] = result[before.name]
        else:
            result[r.name] = position
    return result


def through_to_elimination(rows: list[Row], cut: float = 0.2) -> list[str]:
    """The fencers who go through: all but the bottom `cut` of the ranking (rounded down)."""
    dropped = int(len(rows) * cut)
    return [r.name for r in rows[: len(rows) - dropped]]
