"""The series table: every race's points, the worst ones discarded."""

from __future__ import annotations

from .race import Result


def series_table(races: list[list[Result]], discards: int = 0) -> list[tuple[str, int]]:
    """(sail, net points) best first; ties go to the boat with more better places."""
    scores: dict[str, list[int]] = {}
    for race in races:
        for result in race:
            scores.setdefault(result.sail, []).append(result.points)
    table = []
    for sail, points in scores.items():
        kept = sorted(points)[: max(len(points) - discards, 0)]
        table.append((sum(kept), sorted(points), sail))
    table.sort()
    return [(sail, net) for net, _, sail in table]
