"""The team's call-out log, as the duty coordinator types it up after each call-out.

One call-out a line:

    MR-24-031  2024-03-02 14:10  2024-03-02 19:45  Bryn, Carys, Dafydd

the incident reference, when the team was paged, when it was stood down, and who went.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

LINE = re.compile(r"(\S+)\s+(\d{4}-\d\d-\d\d \d\d:\d\d)\s+(\d{4}-\d\d-\d\d \d\d:\d\d)\s+(.+)")


@dataclass(frozen=True)
class Callout:
    ref: str
    paged: datetime
    stood_down: datetime
    team: tuple[str, ...]

    def hours(self) -> float:
        return (self.stood_down - self.paged).total_seconds() / 3600

    def at_night(self) -> bool:
        """Paged between 22:00 and 06:00."""
        return self.paged.hour >= 22 or self.paged.hour < 6


def read_log(text: str) -> list[Callout]:
    callouts = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = LINE.fullmatch(line.strip())
        if match is None:
            raise ValueError(f"line {number}: cannot read {line.strip()!r}")
        ref, paged, stood_down, team = match.groups()
        callout = Callout(
            ref,
            datetime.strptime(paged, "%Y-%m-%d %H:%M"),
            datetime.strptime(stood_down, "%Y-%m-%d %H:%M"),
            tuple(name.strip() for name in team.split(",") if name.strip()),
        )
        if callout.stood_down <= callout.paged:
            raise ValueError(f"line {number}: {ref} stood down before it was paged")
        callouts.append(callout)
    return callouts
