from __future__ import annotations

from dataclasses import dataclass

KINDS = {"planet", "double", "cluster", "nebula", "galaxy"}


@dataclass(frozen=True)
class Target:
    name: str
    ra_hours: float
    dec_degrees: float
    magnitude: float
    kind: str


def _sexagesimal(text: str) -> float:
    """'+24:07' -> 24.1166..., '-5:30' -> -5.5."""
    sign = -1 if text.startswith("-") else 1
    whole, minutes = text.lstrip("+-").split(":")
    return sign * (int(whole) + int(minutes) / 60)


def parse_catalog(text: str) -> list[Target]:
    """One target a line: name | RA (h:m) | Dec (d:m) | magnitude | kind.
    Blank lines and lines starting with '#' are skipped."""
    targets = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != 5:
            raise ValueError(f"line {number}: expected 5 fields, got {len(fields)}")
        name, ra, dec, magnitude, kind = fields
        kind = kind.lower()
        if kind not in KINDS:
            raise ValueError(f"line {number}: unknown kind {kind!r}")
        targets.append(Target(name, _sexagesimal(ra), _sexagesimal(dec), float(magnitude), kind))
    return targets
