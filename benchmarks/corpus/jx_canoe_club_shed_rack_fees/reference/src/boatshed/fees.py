"""Rack fees for the canoe club's boat shed.

The shed is open April to October. Each boat pays the season fee for its length
band; a member's second and further boats pay half, the dearest boat paying in full.
A member who joins after the season opens pays for the months left, counting the
month they join.
"""

from __future__ import annotations

from datetime import date

from boatshed.register import Boat

# (longest boat in the band in metres, season fee in pounds), shortest band first
BANDS = [(3.5, 36.0), (5.0, 54.0)]
LONG_FEE = 72.0
OPENS, CLOSES = 4, 10
SEASON_MONTHS = CLOSES - OPENS + 1


def season_invoice(boats: list[Boat], joined: date, year: int) -> tuple[list[tuple[str, float]], float]:
    """(boat, fee) lines, dearest first, and the total for one member's season."""
    fees = []
    for boat in boats:
        fee = LONG_FEE
        for longest, band_fee in BANDS:
            if boat.length <= longest:
                fee = band_fee
                break
        fees.append((boat.name, fee))
    fees.sort(key=lambda line: line[1], reverse=True)
    if joined.year == year and joined.month > OPENS:
        share = max(0, CLOSES - joined.month + 1) / SEASON_MONTHS
    else:
        share = 1.0
    lines = []
    for position, (name, fee) in enumerate(fees):
        if position > 0:
            fee /= 2
        lines.append((name, round(fee * share, 2)))
    return lines, round(sum(fee for _, fee in lines), 2)


def shed_invoices(register: dict[str, list[Boat]], joined: dict[str, date], year: int) -> dict[str, float]:
    """Each owner's total for the season; owners not in `joined` are long-standing members."""
    return {
        owner: season_invoice(boats, joined.get(owner, date(year - 1, 1, 1)), year)[1]
        for owner, boats in sorted(register.items())
    }
