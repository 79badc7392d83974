"""The seed packets the library keeps, one record per variety."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Variety:
    code: str  # "TOM-07"
    name: str
    crop: str
    packets: int  # in the tin now

    @property
    def in_stock(self) -> bool:
        return self.packets > 0


def read_catalogue(lines: list[str]) -> dict[str, Variety]:
    """Lines like "TOM-07; Gardener's Delight; tomato; 12"."""
    catalogue = {}
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        code, name, crop, packets = (part.strip() for part in line.split(";"))
        catalogue[code] = Variety(code, name, crop, int(packets))
    return catalogue
