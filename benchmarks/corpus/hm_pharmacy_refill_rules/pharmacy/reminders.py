"""The morning list: patients to call because their medicine runs out soon."""

from __future__ import annotations

from datetime import date, timedelta

from .prescription import Prescription


def due_soon(prescriptions: list[Prescription], today: date, within: int = 7) -> list[str]:
    """Rx numbers that can be refilled now and run out within `within` days,
    soonest first."""
    due = []
    for p in prescriptions:
        out = p.runs_out()
        if out is not None and out <= today + timedelta(days=within) and p.can_fill(today):
            due.append((out, p.rx))
    return [rx for _, rx in sorted(due)]


def needs_new_prescription(prescriptions: list[Prescription], today: date) -> list[str]:
    """Rx numbers the doctor must renew: used up or expired."""
    return sorted(p.rx for p in prescriptions if p.refills_left == 0 or p.expires < today)
