"""Quick start example: bulk orders of ten or more items get 10% off, but an order
of exactly ten is charged full price. `greenfix fix --project examples/discount`
repairs it with no model configured."""


def bulk_discount(quantity: int) -> float:
    """The discount rate for an order of `quantity` items."""
    if quantity > 10:
        return 0.10
    return 0.0


def order_total(unit_price: float, quantity: int) -> float:
    return round(unit_price * quantity * (1 - bulk_discount(quantity)), 2)
