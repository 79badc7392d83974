"""A warehouse: stock on hand, reservations for open orders, and what to reorder."""

from __future__ import annotations

from .models import Item, OutOfStock, UnknownItem


class Warehouse:
    def __init__(self, name: str) -> None:
        self.name = name
        self.items: dict[str, Item] = {}
        self.stock: dict[str, int] = {}
        self.reserved: dict[str, int] = {}
        self.history: list[tuple[str, str, int]] = []

    # -- catalogue -------------------------------------------------------------

    def register(self, item: Item) -> None:
        if item.sku in self.items:
            raise ValueError(f"{item.sku} is already registered")
        self.items[item.sku] = item
        self.stock[item.sku] = 0

    def item(self, sku: str) -> Item:
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownItem(sku) from None

    # -- stock -----------------------------------------------------------------

    def receive(self, sku: str, quantity: int) -> None:
        """Goods arrived at the dock."""
        self.item(sku)
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        self.stock[sku] += quantity
        self._record("receive", sku, quantity)

    def available(self, sku: str) -> int:
        """On hand and not promised to an open order."""
        self.item(sku)
        return self.stock[sku] - self.reserved.get(sku, 0)

    def reserve(self, sku: str, quantity: int) -> None:
        if quantity > self.available(sku):
            raise OutOfStock({sku: quantity - self.available(sku)})
        self.reserved[sku] = self.reserved.get(sku, 0) + quantity
        self._record("reserve", sku, quantity)

    def release(self, sku: str, quantity: int) -> None:
        """An order was cancelled: its reservation goes back to available stock."""
        held = self.reserved.get(sku, 0)
        if quantity > held:
            raise ValueError(f"only {held} of {sku} reserved")
        self.reserved[sku] = held - quantity
        self._record("release", sku, quantity)

    def ship(self, sku: str, quantity: int) -> None:
        """Reserved goods leave the building."""
        held = self.reserved.get(sku, 0)
        if quantity > held:
            raise ValueError(f"only {held} of {sku} reserved")
        self.reserved[sku] = held - quantity
        self.stock[sku] -= quantity
        self._record("ship", sku, quantity)

    # -- orders ----------------------------------------------------------------

    def shortages(self, order: dict[str, int]) -> dict[str, int]:
        """What is missing to fill an order, by SKU."""
        missing = {}
        for sku, wanted in order.items():
            have = self.available(sku)
            if wanted > have:
                missing[sku] = wanted - have
        return missing

    def fulfil(self, order: dict[str, int]) -> None:
        """Reserve every line of the order, or nothing when any line is short."""
        missing = self.shortages(order)
        if missing:
            raise OutOfStock(missing)
        for sku, wanted in order.items():
            self.reserve(sku, wanted)

    def cancel(self, order: dict[str, int]) -> None:
        for sku, wanted in order.items():
            self.release(sku, wanted)

    def transfer(self, sku: str, quantity: int, other: Warehouse) -> None:
        """Move available stock to another warehouse that stocks the same item."""
        if quantity > self.available(sku):
            raise OutOfStock({sku: quantity - self.available(sku)})
        other.item(sku)
        self.stock[sku] -= quantity
        other.stock[sku] += quantity
        self._record("transfer out", sku, quantity)
        other._record("transfer in", sku, quantity)

    # -- reports ---------------------------------------------------------------

    def low_stock(self) -> list[str]:
        """SKUs whose available quantity is at or below their reorder level, sorted."""
        low = []
        for sku, item in self.items.items():
            level = self.available(sku)
            if level <= item.reorder_level:
                low.append(sku)
        return sorted(low)

    def reorder_list(self) -> dict[str, int]:
        """How much to order of each low item to get back to twice its reorder level."""
        return {sku: 2 * self.items[sku].reorder_level - self.available(sku) for sku in self.low_stock()}

    def stock_value(self) -> float:
        return round(sum(self.stock[sku] * item.unit_cost for sku, item in self.items.items()), 2)

    def report(self) -> list[str]:
        lines = [f"{self.name}: {len(self.items)} items, value {self.stock_value():.2f}"]
        for sku in sorted(self.items):
            item = self.items[sku]
            flag = " (low)" if sku in self.low_stock() else ""
            lines.append(f"  {sku} {item.name}: {self.stock[sku]} on hand, {self.available(sku)} available{flag}")
        return lines

    def moves(self, sku: str) -> list[tuple[str, int]]:
        return [(kind, quantity) for kind, s, quantity in self.history if s == sku]

    def _record(self, kind: str, sku: str, quantity: int) -> None:
        self.history.append((kind, sku, quantity))
