"""Who comes to practice, and how regularly."""

from __future__ import annotations

from belfry.register import PracticeNight


def attendance_report(nights: list[PracticeNight], band: list[str]) -> dict[str, tuple[int, int]]:
    """For each ringer in the band: (practice nights attended, longest run of
    practice nights in a row attended). Nights are taken in date order, however the
    register was written up."""
    ordered = sorted(nights, key=lambda night: night.day)

    def longest_run(ringer: str) -> int:
        best = run = 0
        for night in ordered:
            if ringer not in night.present:
                continue
            run += 1
            best = max(best, run)
        return best

    return {ringer: (sum(ringer in night.present for night in ordered), longest_run(ringer)) for ringer in band}


def regulars(nights: list[PracticeNight], band: list[str], share: float = 0.75) -> list[str]:
    """Ringers who came to at least `share` of the practice nights, in band order."""
    if not nights:
        return []
    report = attendance_report(nights, band)
    return [ringer for ringer in band if report[ringer][0] >= share * len(nights)]


def visitors(nights: list[PracticeNight], band: list[str]) -> list[str]:
    """Everyone in the register who is not in the band, alphabetically."""
    seen = set().union(*(night.present for night in nights)) if nights else set()
    return sorted(seen - set(band))
