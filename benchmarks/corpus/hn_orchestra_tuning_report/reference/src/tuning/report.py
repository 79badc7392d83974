"""The tuning check before rehearsal: each player sounds a note into the tuner."""

from __future__ import annotations

from tuning.pitch import cents_off, note_frequency


def tuning_report(readings: dict[str, tuple[str, float]], a4: float = 440.0,
                  tolerance: float = 5.0) -> list[tuple[str, float]]:
    """Players more than `tolerance` cents away from the note they played, with
    how far off they are (rounded to a tenth of a cent), worst first, then by name."""
    off = []
    for player, (note, frequency) in readings.items():
        deviation = cents_off(frequency, note_frequency(note, a4))
        if abs(deviation) > tolerance:
            off.append((player, round(deviation, 1)))
    off.sort(key=lambda item: (-abs(item[1]), item[0]))
    return off


def advice(deviation: float) -> str:
    if deviation > 0:
        return "sharp: lengthen"
    if deviation < 0:
        return "flat: shorten"
    return "in tune"


def section_summary(readings: dict[str, tuple[str, float]], sections: dict[str, str],
                    a4: float = 440.0, tolerance: float = 5.0) -> dict[str, int]:
    """Number of players out of tune in each section."""
    counts = {section: 0 for section in sections.values()}
    for player, _ in tuning_report(readings, a4, tolerance):
        counts[sections[player]] += 1
    return counts
