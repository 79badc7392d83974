from __future__ import annotations

from collections.abc import Iterable, Sequence

Ballot = Sequence[str]


def first_choices(ballots: Iterable[Ballot], standing: set[str]) -> dict[str, int]:
    """Votes per standing candidate, each ballot going to its highest-ranked one still standing."""
    tally = {name: 0 for name in standing}
    for ballot in ballots:
        for name in ballot:
            if name in standing:
                tally[name] += 1
                break
    return tally


def instant_runoff(ballots: list[Ballot], candidates: Iterable[str] = ()) -> tuple[str | None, list[dict[str, int]]]:
    """The winner and the tally of every round.

    A candidate wins with more than half of the ballots still in the count: a
    ballot whose candidates have all been eliminated no longer counts. Otherwise
    the candidate with the fewest votes is eliminated (on equal votes, the one
    first in alphabetical order) and the next round is counted. When every
    candidate left has the same number of votes, nobody wins: the result is None.
    """
    standing = set(candidates) | {name for ballot in ballots for name in ballot}
    rounds: list[dict[str, int]] = []
    while standing:
        tally = first_choices(ballots, standing)
        rounds.append(tally)
        counted = len(ballots)
        leader = max(sorted(tally), key=tally.__getitem__)
        if tally[leader] * 2 >= counted and counted > 0:
            return leader, rounds
        if len(set(tally.values())) == 1:
            return None, rounds
        loser = min(sorted(tally), key=tally.__getitem__)
        standing.remove(loser)
    return None, rounds
