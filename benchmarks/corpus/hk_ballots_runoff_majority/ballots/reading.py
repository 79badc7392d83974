from __future__ import annotations


def parse_ballot(line: str) -> tuple[str, ...]:
    """'Ada > Grace > Linus' -> ('Ada', 'Grace', 'Linus'); a name ranked twice counts once."""
    ranking: list[str] = []
    for name in line.split(">"):
        name = name.strip()
        if name and name not in ranking:
            ranking.append(name)
    return tuple(ranking)


def read_ballots(text: str) -> list[tuple[str, ...]]:
    """One ballot per line; blank lines and spoilt (empty) ballots are left out."""
    ballots = [parse_ballot(line) for line in text.splitlines()]
    return [ballot for ballot in ballots if ballot]
