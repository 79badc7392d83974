"""The cue sheet the firing crew works from: every shot with its time, rack and cue
number. Cue numbers run 1, 2, 3... on each rack in firing order."""

from __future__ import annotations

from cuesheet.script import Segment


def cue_sheet(segments: list[Segment]) -> list[tuple[float, str, str]]:
    """(time in seconds, rack, cue) for every shot, in firing order (by time, then rack).
    A segment's shots are spread evenly over it, the first on its start and the last on
    its end; a segment of one shot fires on its start."""

    def spread(start: float, end: float, shots: int) -> list[float]:
        if shots <= 1:
            return [start] * shots
        gap = (end - start) / (shots - 1)
        return [round(start + n * gap, 2) for n in range(shots)]

    shots = []
    for segment in segments:
        for time in spread(segment.start, segment.end, segment.shots):
            shots.append((time, segment.rack))
    shots.sort()
    numbers: dict[str, int] = {}
    sheet = []
    for time, rack in shots:
        numbers[rack] = numbers.get(rack, 0) + 1
        sheet.append((time, rack, f"{rack}{numbers[rack]}"))
    return sheet


def shots_per_rack(segments: list[Segment]) -> dict[str, int]:
    """How many tubes to load on each rack."""
    counts: dict[str, int] = {}
    for segment in segments:
        counts[segment.rack] = counts.get(segment.rack, 0) + segment.shots
    return counts


def crew_lines(sheet: list[tuple[float, str, str]]) -> list[str]:
    """The printed sheet: m:ss.cc and the cue."""
    return [f"{int(time // 60)}:{time % 60:05.2f}  {cue}" for time, _rack, cue in sheet]
