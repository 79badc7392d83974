"""Quotes for log deliveries.

Wood is priced by the cubic metre (loose-tipped), with 10% off the wood for loads of
three cubic metres or more. Delivery is free within ten miles of the yard; past that
each extra mile is charged. Stacking is priced per cubic metre.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from firewood.orders import Order

BULK_FROM = 3.0  # cubic metres
BULK_DISCOUNT = 0.10
FREE_MILES = 10.0


@dataclass
class Quote:
    wood: float
    discount: float
    delivery: float
    stacking: float

    @property
    def total(self) -> float:
        return round(self.wood - self.discount + self.delivery + self.stacking, 2)


@dataclass
class PriceList:
    per_cubic_metre: dict[str, float] = field(
        default_factory=lambda: {"seasoned": 95.0, "kiln-dried": 130.0, "softwood": 70.0}
    )
    per_mile: float = 1.50
    stacking_per_cubic_metre: float = 15.0

    def quote(self, order: Order) -> Quote:
        if order.cubic_metres <= 0:
            raise ValueError("an order needs some wood")
        wood = round(self.per_cubic_metre[order.wood] * order.cubic_metres, 2)
        discount = round(wood * BULK_DISCOUNT, 2) if order.cubic_metres >= BULK_FROM else 0.0
        delivery = 0.0
        if order.miles > FREE_MILES:
            delivery = round((order.miles - FREE_MILES) * self.per_mile, 2)
        stacking = round(self.stacking_per_cubic_metre * order.cubic_metres, 2) if order.stacking else 0.0
        return Quote(wood, discount, delivery, stacking)

    def quote_text(self, order: Order) -> str:
        q = self.quote(order)
        lines = [f"{order.cubic_metres:g} m3 {order.wood} logs: £{q.wood:.2f}"]
        if q.discount:
            lines.append(f"Bulk discount: -£{q.discount:.2f}")
        lines.append(f"Delivery ({order.miles:g} miles): £{q.delivery:.2f}" if q.delivery else "Delivery: free")
        if q.stacking:
            lines.append(f"Stacking: £{q.stacking:.2f}")
        lines.append(f"Total: £{q.total:.2f}")
        return "\n".join(lines)
