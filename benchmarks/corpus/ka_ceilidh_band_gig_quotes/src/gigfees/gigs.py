"""Gig enquiries, as they come in through the website form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass
class Gig:
    day: date
    venue: str
    miles: float  # one way, from the band's base
    start: time
    finish: time  # may be after midnight
    players: int = 4
    caller: bool = False


def parse_enquiry(form: dict[str, str]) -> Gig:
    """The form's fields: date (2024-09-21), venue, miles, start and finish (19:30),
    players (blank for the usual four) and caller (yes/no)."""
    return Gig(
        day=date.fromisoformat(form["date"]),
        venue=form["venue"].strip(),
        miles=float(form["miles"]),
        start=datetime.strptime(form["start"], "%H:%M").time(),
        finish=datetime.strptime(form["finish"], "%H:%M").time(),
        players=int(form.get("players") or 4),
        caller=form.get("caller", "no").strip().lower() == "yes",
    )
