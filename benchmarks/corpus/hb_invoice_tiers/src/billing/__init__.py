from billing.invoice import Invoice, Line
from billing.pricing import discount_rate

__all__ = ["Invoice", "Line", "discount_rate"]
