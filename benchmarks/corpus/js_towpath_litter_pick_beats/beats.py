"""Sharing out the towpath between the volunteers on a litter pick.

Each volunteer takes a run of neighbouring sections (a beat), so nobody walks back
past anyone else with a full sack. The organiser wants the longest beat as short as
it can be: everyone is done at about the same time and back at the car park together.
"""

from __future__ import annotations

from sections import Section


def fits(lengths: list[int], volunteers: int, limit: int) -> bool:
    """Whether the sections, in order, split into at most `volunteers` beats of no
    more than `limit` metres each (no single section may be longer than limit)."""
    beats, walked = 1, 0
    for length in lengths:
        if walked + length > limit:
            beats += 1
            walked = 0
        walked += length
    return beats <= volunteers


def shortest_limit(lengths: list[int], volunteers: int) -> int:
    """The shortest the longest beat can be, in metres."""
    if volunteers < 1:
        raise ValueError("nobody to pick")
    if not lengths:
        return 0
    low, high = max(lengths), sum(lengths)
    while low < high:
        middle = (low + high) // 2
        if fits(lengths, volunteers, middle):
            high = middle
        else:
            low = middle
    return low


def beats(sections: list[Section], volunteers: int) -> list[list[Section]]:
    """The sections in towpath order, split into beats no longer than shortest_limit.
    There may be fewer beats than volunteers."""
    limit = shortest_limit([s.metres for s in sections], volunteers)
    out: list[list[Section]] = []
    walked = 0
    for section in sections:
        if not out or walked + section.metres > limit:
            out.append([])
            walked = 0
        out[-1].append(section)
        walked += section.metres
    return out


def beat_sheet(sections: list[Section], names: list[str]) -> list[str]:
    """One line a volunteer for the briefing; whoever is left over minds the car park."""
    lines = []
    shared = beats(sections, len(names))
    for i, name in enumerate(names):
        if i < len(shared):
            beat = shared[i]
            km = sum(s.metres for s in beat) / 1000
            lines.append(f"{name}: {beat[0].start} to {beat[-1].end} ({km:.1f} km)")
        else:
            lines.append(f"{name}: car park and bins")
    return lines
