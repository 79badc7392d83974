"""Timed entry to the maize maze at Hollins Farm.

Visitors go in in waves, one every EVERY minutes from opening up to last entry, and
at most WAVE_SIZE people a wave so the paths don't jam. A booking is a party that
goes in together: it gets the first wave at or after the time it asked for that
still has room for all of them, or no wave at all that day.
"""

from __future__ import annotations

OPENS = "10:00"
LAST_ENTRY = "17:00"
EVERY = 15
WAVE_SIZE = 40


def minutes(clock: str) -> int:
    hours, mins = clock.strip().split(":")
    return int(hours) * 60 + int(mins)


def clock(minutes_: int) -> str:
    return f"{minutes_ // 60:02d}:{minutes_ % 60:02d}"


def wave_times(opens: str = OPENS, last_entry: str = LAST_ENTRY, every: int = EVERY) -> list[str]:
    return [clock(t) for t in range(minutes(opens), minutes(last_entry) + 1, every)]


def first_wave(asked: str, opens: str = OPENS, every: int = EVERY) -> int:
    """The number (from 0) of the first wave that goes in at or after `asked`."""
    late = minutes(asked) - minutes(opens)
    if late <= 0:
        return 0
    return (late + every) // every


def allocate(
    bookings: list[tuple[str, int, str]],
    opens: str = OPENS,
    last_entry: str = LAST_ENTRY,
    every: int = EVERY,
    size: int = WAVE_SIZE,
) -> dict[str, str | None]:
    """Each booking (name, people, time asked for), in the order they were made, to
    the time of its wave, or None."""
    times = wave_times(opens, last_entry, every)
    taken = [0] * len(times)
    given: dict[str, str | None] = {}
    for name, people, asked in bookings:
        given[name] = None
        for wave in range(first_wave(asked, opens, every), len(times)):
            if taken[wave] + people <= size:
                taken[wave] += people
                given[name] = times[wave]
                break
    return given


def gate_sheet(
    bookings: list[tuple[str, int, str]],
    opens: str = OPENS,
    last_entry: str = LAST_ENTRY,
    every: int = EVERY,
    size: int = WAVE_SIZE,
) -> list[str]:
    """The steward's sheet: one line a wave that has anyone booked, with the head
    count and the parties in booking order; the bookings that got no wave last."""
    given = allocate(bookings, opens, last_entry, every, size)
    lines = []
    for time in wave_times(opens, last_entry, every):
        parties = [(name, people) for name, people, _ in bookings if given[name] == time]
        if parties:
            names = ", ".join(f"{name} ({people})" for name, people in parties)
            lines.append(f"{time}  {sum(p for _, p in parties):>3}  {names}")
    turned_away = [name for name, _, _ in bookings if given[name] is None]
    if turned_away:
        lines.append("no wave: " + ", ".join(turned_away))
    return lines
