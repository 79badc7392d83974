"""Invoices for the season: so much a hundred metres a cut, with a call-out
charge for short hedges that are not worth bringing the tractor for."""

from __future__ import annotations

import math
from datetime import date

from hedging.contracts import Contract

PENCE_PER_100M = 1800
MINIMUM_CUT = 4500


def cut_price(metres: int) -> int:
    return max(MINIMUM_CUT, math.ceil(metres / 100) * PENCE_PER_100M)


def season_invoice(contract: Contract, season_end: date) -> list[tuple[date, int]]:
    """(date, pence) for each cut of the contract up to the end of the season."""
    return [(day, cut_price(contract.metres)) for day in contract.cut_dates(season_end)]


def round_for(contracts: list[Contract], day: date, season_end: date) -> list[str]:
    """The clients whose hedges are cut on `day`, longest hedge first."""
    due = [c for c in contracts if day in c.cut_dates(season_end)]
    return [c.client for c in sorted(due, key=lambda c: -c.metres)]
