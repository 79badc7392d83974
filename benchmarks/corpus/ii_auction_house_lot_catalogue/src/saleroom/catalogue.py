"""The catalogue of one sale."""

from __future__ import annotations

from typing import Iterable

from saleroom.lots import Lot, parse_lot


class DuplicateLot(Exception):
    """Two lots with the same number: the export is out of step with the saleroom
    and has to be redone before anything is printed."""


class Catalogue:
    def __init__(self, sale: str) -> None:
        self.sale = sale
        self.lots: dict[int, Lot] = {}
        self.rejected: list[tuple[int, str]] = []  # (line number, text)

    def add(self, lot: Lot) -> None:
        if lot.number in self.lots:
            raise DuplicateLot(f"lot {lot.number} is already in {self.sale}")
        self.lots[lot.number] = lot

    def load(self, lines: Iterable[str]) -> int:
        """Add the lots of a catalogue export, one per line. Blank lines and `#`
        comments are skipped. A line that is not a lot is set aside in `rejected`,
        with its line number, for the cataloguer to correct, and the other lots still
        load; a lot number seen twice stops the load with DuplicateLot. Returns how
        many lots were added."""
        added = 0
        for number, line in enumerate(lines, start=1):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            try:
                self.add(parse_lot(text))
            except Exception:
                self.rejected.append((number, text))
                continue
            added += 1
        return added

    def in_order(self) -> list[Lot]:
        return [self.lots[number] for number in sorted(self.lots)]

    def gaps(self) -> list[int]:
        """Lot numbers missing between the first and the last, which the auctioneer
        would otherwise call out to an empty room."""
        if not self.lots:
            return []
        present = set(self.lots)
        return [n for n in range(min(present), max(present) + 1) if n not in present]

    def total_estimate(self) -> tuple[int, int]:
        return sum(lot.low for lot in self.lots.values()), sum(lot.high for lot in self.lots.values())
