"""The pitches of the site, as the warden keeps them in pitches.csv:
code, longest unit in metres, electric hook-up (y/n)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pitch:
    code: str
    max_length: float
    electric: bool


def parse_pitch(line: str) -> Pitch:
    code, length, electric = (part.strip() for part in line.split(","))
    if electric.lower() not in ("y", "n"):
        raise ValueError(f"bad hook-up flag in {line!r}")
    return Pitch(code.upper(), float(length), electric.lower() == "y")


def load_pitches(text: str) -> list[Pitch]:
    pitches = [parse_pitch(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    codes = [pitch.code for pitch in pitches]
    if len(set(codes)) != len(codes):
        raise ValueError("duplicate pitch code")
    return pitches
