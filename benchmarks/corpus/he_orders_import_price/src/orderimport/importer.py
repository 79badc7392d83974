"""Importing an order export (CSV): the good lines, and what was wrong with the others."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal

from .rows import InvalidRow, OrderLine, parse_row


@dataclass
class ImportResult:
    lines: list[OrderLine] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line number in the file, message)

    def order_totals(self) -> dict[str, Decimal]:
        totals: dict[str, Decimal] = {}
        for line in self.lines:
            totals[line.order] = totals.get(line.order, Decimal(0)) + line.total
        return totals


def import_orders(text: str) -> ImportResult:
    result = ImportResult()
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            result.lines.append(parse_row(row))
        except InvalidRow as error:
            result.errors.append((number, str(error)))
    return result
