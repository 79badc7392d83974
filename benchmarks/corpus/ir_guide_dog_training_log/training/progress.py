"""What the training supervisor looks at on a home visit."""

from __future__ import annotations

from collections import Counter
from datetime import date

from training.kennel import Dog
from training.log import Session

CORE_SKILLS = ("kerb stops", "stairs", "traffic", "recall", "settle")


def minutes_by_skill(sessions: list[Session], dog: Dog) -> dict[str, int]:
    minutes: Counter[str] = Counter()
    for session in sessions:
        if session.dog == dog:
            minutes[session.skill] += session.minutes
    return dict(minutes)


def neglected(sessions: list[Session], dog: Dog, today: date, days: int = 14) -> list[str]:
    """The core skills the dog has not practised in the last `days` days."""
    recent = {s.skill for s in sessions if s.dog == dog and 0 <= (today - s.day).days < days}
    return [skill for skill in CORE_SKILLS if skill not in recent]
