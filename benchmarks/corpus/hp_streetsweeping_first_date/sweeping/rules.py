"""Sweeping rules as the city's public works office publishes them, e.g.

    Elm Street north: thu every 2 weeks from 2024-03-07
    Market Square: mon weekly from 2023-01-02
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


@dataclass(frozen=True)
class Rule:
    street: str
    weekday: int  # 0 is Monday
    every_weeks: int
    first: datetime.date  # first sweep under this rule


def parse_rule(text: str) -> Rule:
    street, _, rest = text.partition(":")
    words = rest.lower().split()
    if not street.strip() or len(words) < 4 or words[-2] != "from":
        raise ValueError(f"bad rule: {text!r}")
    weekday = WEEKDAYS.index(words[0][:3])
    if words[1] == "weekly":
        every = 1
    elif words[1] == "every" and words[3] in ("week", "weeks"):
        every = int(words[2])
    else:
        raise ValueError(f"bad rule: {text!r}")
    first = datetime.date.fromisoformat(words[-1])
    if first.weekday() != weekday or every < 1:
        raise ValueError(f"bad rule: {text!r}")
    return Rule(street.strip(), weekday, every, first)
