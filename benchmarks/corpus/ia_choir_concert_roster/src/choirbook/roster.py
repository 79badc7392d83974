"""Who sings in a concert, and where they stand."""

from __future__ import annotations

from choirbook.members import PARTS, Singer

# The committee's rule: a singer must have come to three rehearsals in four.
MIN_ATTENDANCE = 0.75


def concert_roster(singers: list[Singer], rehearsals: list[str]) -> dict[str, list[str]]:
    """The names of the singers who may sing in the concert, by part, in
    alphabetical order. Singers on leave stay home, and so does anyone who missed
    too many of the rehearsals for it."""
    roster: dict[str, list[str]] = {part: [] for part in PARTS}
    for singer in singers:
        if singer.part in roster and singer.attendance(rehearsals) >= MIN_ATTENDANCE:
            roster[singer.part].append(singer.name)
    for names in roster.values():
        names.sort()
    return roster


def balance_warnings(roster: dict[str, list[str]], minimum: int = 3) -> list[str]:
    """A warning for each part with fewer than `minimum` singers."""
    return [f"only {len(roster[part])} {part}s" for part in PARTS if len(roster[part]) < minimum]


def standing_order(roster: dict[str, list[str]]) -> list[str]:
    """Left to right as the audience sees it: in parts, soprano to bass."""
    return [name for part in PARTS for name in roster[part]]
