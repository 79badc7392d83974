from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    item: str
    quantity: int
    unit_price: int  # pence


@dataclass
class Order:
    number: int
    lines: list[Line] = field(default_factory=list)
    refunded: bool = False

    def total(self) -> int:
        return sum(line.quantity * line.unit_price for line in self.lines)


def parse_line(text: str, prices: dict[str, int]) -> Line:
    """'2 x taco' -> Line('taco', 2, prices['taco'])."""
    count, _, item = text.partition(" x ")
    item = item.strip()
    return Line(item, int(count), prices[item])
