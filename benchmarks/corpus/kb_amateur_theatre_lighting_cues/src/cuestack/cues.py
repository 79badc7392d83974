"""The cue sheet, as the lighting designer types it up from the LX plot."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    number: str  # as on the plot: "12", "Q12", "12.5" for a cue added between 12 and 13
    label: str
    fade: float  # seconds
    follow: bool = False  # goes by itself when the cue before it has finished
    cut: bool = False  # cut in rehearsal, kept on the sheet in case it comes back


def read_cue_sheet(text: str) -> list[Cue]:
    """'number | label | fade' lines, then optional flags: F for a follow, CUT."""
    cues = []
    for line in text.strip().splitlines():
        if not line.strip():
            continue
        number, label, fade, *flags = (field.strip() for field in line.split("|"))
        flags = [flag.upper() for flag in flags]
        unknown = set(flags) - {"F", "CUT"}
        if unknown:
            raise ValueError(f"cue {number}: don't know {', '.join(sorted(unknown))}")
        cues.append(Cue(number, label, float(fade), "F" in flags, "CUT" in flags))
    return cues
