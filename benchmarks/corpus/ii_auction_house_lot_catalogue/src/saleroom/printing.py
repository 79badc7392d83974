"""The printed catalogue pages."""

from __future__ import annotations

from saleroom.catalogue import Catalogue


def catalogue_lines(catalogue: Catalogue) -> list[str]:
    lines = [catalogue.sale.upper(), ""]
    for lot in catalogue.in_order():
        reserve = "" if lot.reserve else "  (no reserve)"
        lines.append(f"{lot.number:>4}  {lot.title}  {lot.estimate}{reserve}")
    low, high = catalogue.total_estimate()
    lines += ["", f"{len(catalogue.lots)} lots, estimated £{low:,}-£{high:,}"]
    return lines
