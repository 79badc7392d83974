"""The yearly rent invoices, sent out each October for the next year. Amounts in
pence. Rules from the society's handbook (2023 edition):

- rent is 45p a square metre, at least 25 pounds a plot;
- tenants who turn 65 or more in the rent year pay half rent;
- plots with a tap pay the water charge in full, concession or not;
- committee members pay no rent (water is still due);
- arrears from last year are added at the end.
"""

from __future__ import annotations

from allotments.plots import Plot, Tenant

PENCE_PER_SQUARE_METRE = 45
MINIMUM_RENT = 2500
WATER_CHARGE = 1800
CONCESSION_AGE = 65


def invoice_lines(plot: Plot, tenant: Tenant, year: int) -> list[tuple[str, int]]:
    lines = []
    rent = max(MINIMUM_RENT, plot.area * PENCE_PER_SQUARE_METRE)
    lines.append((f"Rent, plot {plot.number} ({plot.area} m2)", rent))
    water = WATER_CHARGE if plot.has_tap else 0
    if water:
        lines.append(("Water", water))
    if tenant.committee:
        lines.append(("Committee member: no rent", -rent))
    elif year - tenant.born >= CONCESSION_AGE:
        lines.append(("Concession: half rent", -(rent // 2)))
    if tenant.arrears:
        lines.append((f"Arrears from {year - 1}", tenant.arrears))
    return lines


def invoice_total(lines: list[tuple[str, int]]) -> int:
    return sum(amount for _, amount in lines)


def format_invoice(plot: Plot, tenant: Tenant, year: int) -> str:
    lines = invoice_lines(plot, tenant, year)
    body = [f"{text:<40}{amount / 100:>9.2f}" for text, amount in lines]
    body.append(f"{'Total':<40}{invoice_total(lines) / 100:>9.2f}")
    return f"{tenant.name}, rent for {year}\n" + "\n".join(body)
