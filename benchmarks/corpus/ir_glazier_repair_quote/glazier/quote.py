"""Quotes for replacing broken panes: the glass, fitting each pane, and the visit."""

from __future__ import annotations

from dataclasses import dataclass

from glazier.glass import pane_price

FITTING_PER_PANE = 18.00
VISIT = 45.00
VAT_RATE = 0.20


@dataclass
class Pane:
    glass: str
    width_mm: int
    height_mm: int
    qty: int = 1

    @property
    def amount(self) -> float:
        return round(pane_price(self.glass, self.width_mm, self.height_mm) * self.qty, 2)


class Quote:
    def __init__(self, customer: str, visit: bool = True):
        self.customer = customer
        self.visit = visit  # False when the customer brings the sash to the workshop
        self.panes: list[Pane] = []

    def add_pane(self, glass: str, width_mm: int, height_mm: int, qty: int = 1) -> None:
        """Add panes to the quote. Panes of the same glass and size go on one line, so
        adding one already quoted raises that line's quantity."""
        if qty < 1:
            raise ValueError("quantity must be at least 1")
        pane_price(glass, width_mm, height_mm)  # unknown glass or a bad size fails here
        for pane in self.panes:
            if (pane.glass, pane.width_mm, pane.height_mm) == (glass, width_mm, height_mm):
                pane.qty += qty
        self.panes.append(Pane(glass, width_mm, height_mm, qty))

    def pane_count(self) -> int:
        return sum(pane.qty for pane in self.panes)

    def glass_total(self) -> float:
        return round(sum(pane.amount for pane in self.panes), 2)

    def net(self) -> float:
        fitting = FITTING_PER_PANE * self.pane_count()
        return round(self.glass_total() + fitting + (VISIT if self.visit else 0.0), 2)

    def total(self) -> float:
        """The quote's total including VAT."""
        return round(self.net() * (1 + VAT_RATE), 2)

    def lines(self) -> list[str]:
        return [f"{p.qty} x {p.glass} {p.width_mm}x{p.height_mm}mm  {p.amount:.2f}" for p in self.panes]
