"""Seating walk-ins from the waiting list as tables come free."""

from __future__ import annotations

from collections import deque

from hostdesk.floor import Party, Table


def best_table(party: Party, free: list[Table]) -> Table | None:
    """The smallest free table the whole party fits at, step-free if the party needs
    it; between tables of the same size, the one listed first."""
    fitting = [table for table in free if table.seats >= party.size and (table.accessible or not party.needs_access)]
    if not fitting:
        return None
    return min(fitting, key=lambda table: table.seats)


def seat_waiting(queue: deque[Party], free: list[Table]) -> list[tuple[str, str]]:
    """Seat parties in the order they arrived. A party that does not fit anywhere
    keeps its place, and smaller parties behind it may be seated meanwhile."""
    seated = []
    still_waiting = deque()
    while queue:
        party = queue.popleft()
        table = best_table(party, free)
        if table is None:
            still_waiting.append(party)
            continue
        free.remove(table)
        seated.append((party.name, table.name))
    queue.extend(still_waiting)
    return seated


def wasted_seats(seated: list[tuple[str, str]], parties: list[Party], tables: list[Table]) -> int:
    sizes = {party.name: party.size for party in parties}
    seats = {table.name: table.seats for table in tables}
    return sum(seats[table] - sizes[party] for party, table in seated)
