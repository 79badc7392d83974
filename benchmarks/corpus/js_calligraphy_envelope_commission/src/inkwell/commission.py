"""Envelope addressing for weddings and parties.

Every envelope costs a handling fee (ruling up, drying, checking against the list)
plus the script's rate for each character written: spaces cost nothing, but
punctuation and the numbers of house and postcode do. Gilded capitals are extra for
each one. Big lists get a discount from BULK_FROM envelopes, and nothing goes out
for less than MINIMUM.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from inkwell.scripts import Script

ENVELOPE_FEE = 1.50
GILDING = 0.60  # a capital
BULK_FROM = 50
BULK_DISCOUNT = 0.10
MINIMUM = 35.0


@dataclass
class Commission:
    client: str
    script: Script
    envelopes: list[list[str]] = field(default_factory=list)  # address lines, one list an envelope
    gilded: bool = False

    def add(self, address: str) -> None:
        """An address as the client sends it: lines separated by commas or newlines."""
        lines = [part.strip() for part in address.replace("\n", ",").split(",")]
        self.envelopes.append([line for line in lines if line])

    def quote(self) -> float:
        if self.gilded and not self.script.gilding_allowed:
            raise ValueError(f"{self.script.name} is not gilded")
        total = 0.0
        for lines in self.envelopes:
            written = sum(len(line) for line in lines)
            total += ENVELOPE_FEE + written * self.script.per_character
            if self.gilded:
                total += GILDING * sum(ch.isupper() for line in lines for ch in line)
        if len(self.envelopes) > BULK_FROM:
            total *= 1 - BULK_DISCOUNT
        return round(max(total, MINIMUM), 2)
