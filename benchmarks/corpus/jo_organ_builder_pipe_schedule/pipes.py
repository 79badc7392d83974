"""Pipe schedules for the organ builder's workshop.

A stop is named by the speaking length of its bottom pipe in feet (8', 4', 2 2/3').
Each pipe up the compass sounds a semitone higher than the one below, so its
speaking length is the one below's divided by the twelfth root of two, and every
octave is half the length of the last. Notes are numbered from 1 at bottom C, as
they are marked on the rackboards and the drawings.
"""

from __future__ import annotations

from fractions import Fraction

FOOT_MM = 304.8
NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]


def parse_footage(text: str) -> float:
    """A stop's pitch as written on the drawstop: "8'", "16", "2 2/3'", "1 3/5'"."""
    text = text.strip().rstrip("'").strip()
    whole, _, part = text.partition(" ")
    if "/" in whole:
        whole, part = "0", whole
    feet = Fraction(int(whole))
    if part:
        feet += Fraction(part)
    if feet <= 0:
        raise ValueError(f"not a pitch: {text!r}")
    return float(feet)


def speaking_length(footage: float, note: int) -> float:
    """Speaking length in mm of the open pipe for `note` of a stop of `footage` feet."""
    if note < 1:
        raise ValueError(f"notes are numbered from 1, not {note}")
    return footage * FOOT_MM / 2 ** (note / 12)


def note_name(note: int) -> str:
    """Helmholtz names at 8' pitch: 1 is C, 13 is c, 25 is c', 37 is c''."""
    octave, pitch = divmod(note - 1, 12)
    if octave == 0:
        return NAMES[pitch]
    return NAMES[pitch].lower() + "'" * (octave - 1)


def schedule(stop: str, pitch: str, compass: int = 56, stopped: bool = False) -> list[tuple[str, str, float]]:
    """The cutting list for a rank: (pipe mark, note, length in mm to the nearest 0.5 mm).
    A stopped pipe sounds an octave below an open one of its length, so it is cut to half."""
    feet = parse_footage(pitch)
    rows = []
    for note in range(1, compass + 1):
        length = speaking_length(feet, note)
        if stopped:
            length /= 2
        rows.append((f"{stop}/{note}", note_name(note), round(length * 2) / 2))
    return rows


def metal_needed(rows: list[tuple[str, str, float]], allowance_mm: float = 60) -> float:
    """Metres of tube to order for a cutting list, with an allowance on every pipe for the foot and the trim."""
    return round(sum(length + allowance_mm for _, _, length in rows) / 1000, 2)
