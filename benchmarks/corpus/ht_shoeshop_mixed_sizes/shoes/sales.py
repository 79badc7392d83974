"""The shop's sales log. The imported brands are labelled in US sizes and the
rest in EU sizes, so both turn up in the log, one sale a line:

    2024-05-01, trail runner, 42, eu, sold

Returned pairs are logged too but do not count as sales."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from .sizes import SYSTEMS, UnknownSize, convert, size_rank

STATUSES = ("sold", "returned")


@dataclass(frozen=True)
class Sale:
    day: date
    model: str
    size: str
    system: str
    status: str


def parse_sales(text: str) -> list[Sale]:
    sales = []
    for line in text.splitlines():
        if not line.strip():
            continue
        day, model, size, system, status = (part.strip() for part in line.split(","))
        sale = Sale(date.fromisoformat(day), model, size, system.lower(), status.lower())
        if sale.status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        size_rank(sale.size, sale.system)
        sales.append(sale)
    return sales


def largest_sold(sales: list[Sale], system: str = "eu") -> str | None:
    """The largest size sold, given in `system`; None before the first sale."""
    if system not in SYSTEMS:
        raise UnknownSize(f"no such system {system!r}")
    best = None
    best_rank = -1
    for sale in sales:
        if sale.status != "sold":
            continue
        rank = size_rank(sale.size, system)
        if rank > best_rank:
            best, best_rank = sale, rank
    return None if best is None else convert(best.size, best.system, system)


def size_run(sales: list[Sale], system: str = "eu") -> list[tuple[str, int]]:
    """Pairs sold per size, smallest first, in `system`: what to reorder."""
    counts = Counter(convert(s.size, s.system, system) for s in sales if s.status == "sold")
    return sorted(counts.items(), key=lambda item: size_rank(item[0], system))
