from __future__ import annotations

from decimal import Decimal

# (up to kg, price)
BANDS = [
    (Decimal("1"), Decimal("4.20")),
    (Decimal("2"), Decimal("5.90")),
    (Decimal("5"), Decimal("8.75")),
    (Decimal("10"), Decimal("12.40")),
    (Decimal("20"), Decimal("19.95")),
]
EXPRESS_FACTOR = Decimal("1.5")
MAX_SIDE_CM = 120


class ParcelRejected(ValueError):
    pass
