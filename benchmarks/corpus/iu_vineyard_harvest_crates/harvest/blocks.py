from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Block:
    name: str
    variety: str
    rows: int
    vines_per_row: int
    kg_per_vine: float  # from the bunch count and bunch weights taken at veraison
    ripe: bool = False  # the last Brix and acid readings say pick

    @property
    def vines(self) -> int:
        return self.rows * self.vines_per_row

    def estimated_kg(self) -> float:
        return round(self.vines * self.kg_per_vine, 1)


def ready_to_pick(blocks: list[Block]) -> list[Block]:
    return [block for block in blocks if block.ripe]
