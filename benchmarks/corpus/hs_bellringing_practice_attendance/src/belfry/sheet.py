"""Reading the practice sheet the tower captain fills in:

    2024-03-05: ana, bo, cy | excused: dee
    2024-03-12: cancelled
"""

from __future__ import annotations

import datetime

from belfry.register import Practice, Register


def names(text: str) -> set[str]:
    return {name.strip().lower() for name in text.split(",") if name.strip()}


def read_sheet(ringers: list[str], text: str) -> Register:
    register = Register(ringers)
    for line in text.splitlines():
        if not line.strip():
            continue
        day, _, rest = line.partition(":")
        practice = Practice(datetime.date.fromisoformat(day.strip()))
        if rest.strip() == "cancelled":
            practice.cancelled = True
        else:
            came, _, excused = rest.partition("|")
            practice.present = names(came)
            practice.excused = names(excused.replace("excused:", ""))
        register.add(practice)
    return register
