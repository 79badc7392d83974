"""The written quote the customer signs."""

from __future__ import annotations

from dataclasses import dataclass

from fabric import Fabric, metres_needed
from furniture import LABOUR, panels_for

VAT = 0.2


@dataclass(frozen=True)
class Quote:
    metres: float
    fabric_cost: float
    labour: float
    vat: float
    total: float


def quote(job: dict[str, int], fabric: Fabric, customer_fabric: bool = False) -> Quote:
    """job maps a piece to how many of it; with the customer's own fabric only the labour is charged."""
    panels = [panel for piece, count in job.items() for panel in panels_for(piece, count)]
    metres = metres_needed(panels, fabric)
    fabric_cost = 0.0 if customer_fabric else round(metres * fabric.price_per_m, 2)
    labour = round(sum(LABOUR[piece] * count for piece, count in job.items()), 2)
    vat = round((fabric_cost + labour) * VAT, 2)
    return Quote(metres, fabric_cost, labour, vat, round(fabric_cost + labour + vat, 2))
