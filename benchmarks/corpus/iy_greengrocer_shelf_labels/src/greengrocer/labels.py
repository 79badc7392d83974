"""Shelf labels, printed each morning for the day's prices and offers."""

from __future__ import annotations

from datetime import date

from greengrocer.offers import Offer, offer_text
from greengrocer.produce import UNIT_TEXT, Produce, money


def shelf_label(item: Produce, offers: list[Offer], today: date) -> list[str]:
    """The label's lines: name, price, the best offer running today on the item
    (the lowest price a piece) with what it saves, and the country of origin."""
    lines = [item.name.upper(), f"{money(item.price)} {UNIT_TEXT[item.unit]}"]
    best = None
    for offer in offers:
        if offer.code != item.code or not offer.runs_on(today):
            continue
        if best is None or offer.unit_price() < best.unit_price():
            best = offer
    if best is not None:
        saving = round(item.price * best.quantity - best.price, 2)
        lines.append(offer_text(offer))
        if saving > 0:
            lines.append(f"SAVE {money(saving)}")
    lines.append(f"Produce of {item.origin}")
    return lines


def print_run(items: list[Produce], offers: list[Offer], today: date) -> str:
    """Every label for the day, in shelf order (by name), separated by a blank line."""
    labels = [shelf_label(item, offers, today) for item in sorted(items, key=lambda i: i.name)]
    return "\n\n".join("\n".join(lines) for lines in labels)
