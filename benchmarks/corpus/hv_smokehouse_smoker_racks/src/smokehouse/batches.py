"""The day's smoking list, as the pitmaster writes it up:

    # product      temp  hours  [racks]
    brisket        110   12     x2
    salmon         80    3
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Batch:
    product: str
    temp_c: int
    hours: float


def read_smoking_list(text: str) -> list[Batch]:
    """One Batch per rack to fill, in the order of the list."""
    batches = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        words = line.split()
        if len(words) not in (3, 4):
            raise ValueError(f"line {number}: expected product, temperature, hours")
        racks = 1
        if len(words) == 4:
            if not words[3].startswith("x"):
                raise ValueError(f"line {number}: rack count must look like x2")
            racks = int(words[3][1:])
        batch = Batch(words[0], int(words[1]), float(words[2]))
        if batch.hours <= 0 or racks <= 0:
            raise ValueError(f"line {number}: nothing to smoke")
        batches.extend([batch] * racks)
    return batches
