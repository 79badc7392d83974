"""Quotes for the counter: what a framed piece costs, and the total for an order."""

from __future__ import annotations

from dataclasses import dataclass

from framing.catalog import GLAZING, moulding

LABOUR = 12.00  # cutting, joining and fitting, per frame
MOUNT_PER_M2 = 22.00
OVERSIZE_CM = 100  # a frame with a side longer than this needs the big bench and two pairs of hands
OVERSIZE_CHARGE = 15.00
TRADE_DISCOUNT = 0.15


@dataclass
class FrameOrder:
    width_cm: float  # the artwork itself
    height_cm: float
    moulding: str
    glazing: str = "standard"
    mount_cm: float = 0.0  # border of mount board around the artwork, on every side
    quantity: int = 1


def outer_size(order: FrameOrder) -> tuple[float, float]:
    border = 2 * order.mount_cm
    return order.width_cm + border, order.height_cm + border


def moulding_length_m(order: FrameOrder) -> float:
    width, height = outer_size(order)
    face = moulding(order.moulding).width_cm
    return round((2 * (width + height) + 8 * face) / 100, 2)


def price_each(order: FrameOrder) -> float:
    if order.glazing not in GLAZING:
        raise ValueError(f"unknown glazing {order.glazing!r}")
    width, height = outer_size(order)
    area_m2 = width * height / 10_000
    price = LABOUR + moulding_length_m(order) * moulding(order.moulding).price_per_m
    price += area_m2 * GLAZING[order.glazing]
    if order.mount_cm > 0:
        price += area_m2 * MOUNT_PER_M2
    if width > OVERSIZE_CM or height > OVERSIZE_CM:
        price += OVERSIZE_CHARGE
    return round(price, 2)


def quote(orders: list[FrameOrder], trade: bool = False) -> dict:
    lines = [(order.moulding, order.quantity, price_each(order)) for order in orders]
    subtotal = round(sum(quantity * each for _, quantity, each in lines), 2)
    discount = round(subtotal * TRADE_DISCOUNT, 2) if trade else 0.0
    return {"lines": lines, "subtotal": subtotal, "discount": discount, "total": round(subtotal - discount, 2)}
