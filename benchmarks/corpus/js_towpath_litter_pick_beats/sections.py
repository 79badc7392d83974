"""The canal society's towpath survey: the stretch we look after, section by section.

The survey is kept as a text file walked from the top lock down, one section a line:

    Lock 14 to Bridge 52, 640
    Bridge 52 to Bridge 53, 380   # narrow, mind the bikes

A section is named by its two ends; the number is its length in metres.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    start: str
    end: str
    metres: int


def read_survey(text: str) -> list[Section]:
    sections = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, _, metres = line.rpartition(",")
        start, sep, end = name.partition(" to ")
        if not sep or not metres.strip().isdigit():
            raise ValueError(f"line {number}: expected 'A to B, metres', got {line!r}")
        sections.append(Section(start.strip(), end.strip(), int(metres)))
    return sections
