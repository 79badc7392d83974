"""What each garden owes. No mole, no fee: a garden where nothing was caught pays
nothing; otherwise a call-out for every day the catcher came and a bounty per mole."""

from __future__ import annotations

from datetime import date

from molecatch.traps import Round

CALLOUT = 12.50
PER_MOLE = 15.00


def visit_days(round_: Round, garden: str) -> list[date]:
    days: set[date] = set()
    for trap in round_.traps.values():
        if trap.garden != garden:
            continue
        days.add(trap.set_on)
        days.update(trap.checked)
        if trap.lifted_on is not None:
            days.add(trap.lifted_on)
    return sorted(days)


def invoice(round_: Round, garden: str) -> dict[str, float | int]:
    moles = sum(len(t.catches) for t in round_.traps.values() if t.garden == garden)
    visits = len(visit_days(round_, garden))
    total = visits * CALLOUT + moles * PER_MOLE if moles else 0.0
    return {"visits": visits, "moles": moles, "total": round(total, 2)}
