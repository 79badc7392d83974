"""Samples as typed in from the chain-of-custody forms at the lab counter."""

from __future__ import annotations

from dataclasses import dataclass

# Counts per 100 ml. Any E. coli at all is a failure; coliforms are allowed a few.
COLIFORM_LIMIT = 10
# A sample that spent longer than this between the tap and the lab is not tested.
MAX_TRANSIT_HOURS = 24


@dataclass(frozen=True)
class Sample:
    ref: str
    household: str
    coliforms: int
    e_coli: int
    hours_in_transit: float

    @property
    def void(self) -> bool:
        return self.hours_in_transit > MAX_TRANSIT_HOURS

    @property
    def failed(self) -> bool:
        return self.e_coli > 0 or self.coliforms > COLIFORM_LIMIT


def read_counter_sheet(text: str) -> list[Sample]:
    """One sample a line: 'ref household coliforms e_coli hours'. Void samples are
    booked in with dashes for the counts, as nobody plated them."""
    samples = []
    for line in text.splitlines():
        fields = line.split()
        if not fields or fields[0].startswith("#"):
            continue
        ref, household, coliforms, e_coli, hours = fields
        samples.append(Sample(
            ref,
            household,
            0 if coliforms == "-" else int(coliforms),
            0 if e_coli == "-" else int(e_coli),
            float(hours),
        ))
    return samples
