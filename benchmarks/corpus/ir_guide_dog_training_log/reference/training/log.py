"""The training log the puppy walkers send in: one session a line,
'YYYY-MM-DD, dog, skill, minutes'."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from training.kennel import Dog, Kennel

# What walkers write, and the skill it is logged as.
SKILLS = {
    "kerb": "kerb stops",
    "kerbs": "kerb stops",
    "kerb stops": "kerb stops",
    "stairs": "stairs",
    "steps": "stairs",
    "traffic": "traffic",
    "recall": "recall",
    "settle": "settle",
    "cafe": "settle",
}


@dataclass(frozen=True)
class Session:
    day: date
    dog: Dog
    skill: str
    minutes: int


def import_log(text: str, kennel: Kennel) -> tuple[list[Session], list[str]]:
    """The sessions in a walker's log, and the lines that could not be taken in. A line
    is left out, as 'line N: <line>', when it cannot be read, names a dog the kennel does
    not have, or a skill not on the list; the rest are imported."""
    sessions, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            day, name, skill, minutes = (part.strip() for part in line.split(","))
            session = Session(date.fromisoformat(day), kennel.dog(name), SKILLS[skill.lower()], int(minutes))
        except (ValueError, LookupError):
            problems.append(f"line {number}: {line.strip()}")
            continue
        sessions.append(session)
    return sessions, problems
