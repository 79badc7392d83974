"""Equal temperament: note names, their frequencies, and how far off a pitch is."""

from __future__ import annotations

import math

NOTE_OFFSETS = {"C": -9, "D": -7, "E": -5, "F": -4, "G": -2, "A": 0, "B": 2}


def note_frequency(note: str, a4: float = 440.0) -> float:
    """Frequency of a note like "A4", "C#5" or "Bb3"."""
    letter, rest = note[0].upper(), note[1:]
    semitones = NOTE_OFFSETS[letter]
    if rest.startswith("#"):
        semitones, rest = semitones + 1, rest[1:]
    elif rest.startswith("b"):
        semitones, rest = semitones - 1, rest[1:]
    octave = int(rest)
    semitones += 12 * (octave - 4)
    return a4 * 2 ** (semitones / 12)


def cents_off(frequency: float, target: float) -> float:
    """How far frequency is from target, in cents: negative when flat, positive when sharp."""
    if frequency <= 0 or target <= 0:
        raise ValueError("frequencies must be positive")
    return 1200 * math.log2(frequency / target)
