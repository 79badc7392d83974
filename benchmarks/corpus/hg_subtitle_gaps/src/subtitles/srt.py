from __future__ import annotations

from dataclasses import dataclass

from .timecode import format_timecode, parse_timecode


@dataclass(frozen=True)
class Cue:
    index: int
    start: int  # ms
    end: int  # ms
    text: str

    @property
    def duration(self) -> int:
        return self.end - self.start


def parse_srt(text: str) -> list[Cue]:
    cues = []
    for block in text.strip().replace("\r\n", "\n").split("\n\n"):
        lines = block.strip().split("\n")
        if len(lines) < 3:
            raise ValueError(f"incomplete cue: {block!r}")
        start, arrow, end = lines[1].partition(" --> ")
        if not arrow:
            raise ValueError(f"no timing in cue {lines[0]}")
        cues.append(Cue(int(lines[0]), parse_timecode(start), parse_timecode(end), "\n".join(lines[2:])))
    return cues


def write_srt(cues: list[Cue]) -> str:
    blocks = [f"{c.index}\n{format_timecode(c.start)} --> {format_timecode(c.end)}\n{c.text}" for c in cues]
    return "\n\n".join(blocks) + "\n"
