"""Stock keeping for the shop's two warehouses."""

from .models import Item, OutOfStock, UnknownItem
from .warehouse import Warehouse

__all__ = ["Item", "OutOfStock", "UnknownItem", "Warehouse"]
