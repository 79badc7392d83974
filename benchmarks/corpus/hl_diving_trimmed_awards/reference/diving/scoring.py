"""Scoring one dive: each judge awards 0 to 10 in half points; the highest and
lowest awards are dropped (two of each with seven judges), and the sum of the rest
is multiplied by the dive's degree of difficulty."""

from __future__ import annotations

DROPPED = {5: 1, 7: 2}  # judges on the panel -> awards dropped at each end


def check_award(award: float) -> float:
    if not 0 <= award <= 10 or award * 2 != int(award * 2):
        raise ValueError(f"not an award: {award}")
    return award


def dive_score(awards: list[float], difficulty: float) -> float:
    if len(awards) not in DROPPED:
        raise ValueError(f"a panel has 5 or 7 judges, not {len(awards)}")
    for award in awards:
        check_award(award)
    cut = DROPPED[len(awards)]
    counted = sorted(awards)[cut:-cut]
    return round(sum(counted) * difficulty, 2)
