"""The couple's list of group shots, as they fill it in on the planning form."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_PEOPLE = 2


@dataclass(frozen=True)
class Shot:
    name: str
    minutes: int
    people: int = DEFAULT_PEOPLE


def parse_shot_list(text: str) -> list[Shot]:
    """One shot a line: 'name | minutes | people', people optional. Blank lines and
    lines starting with # are skipped."""
    shots = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) not in (2, 3):
            raise ValueError(f"line {number}: expected 'name | minutes | people'")
        people = int(fields[2]) if len(fields) == 3 else DEFAULT_PEOPLE
        shots.append(Shot(fields[0], int(fields[1]), people))
    return shots
