"""Finding a session with room for a party, and booking it."""

from __future__ import annotations

from datetime import date, datetime

from sauna.sessions import Session

MAX_PARTY = 6


def open_sessions(sessions: list[Session], day: date, party: int, member: bool, now: datetime) -> list[Session]:
    """The sessions on `day` that the party could still book, earliest first.

    Members-only sessions are offered to members alone; sessions that have already
    started are gone."""
    found = []
    for session in sessions:
        if session.start.date() != day or session.start <= now:
            continue
        if session.members_only and not member:
            continue
        if session.spaces_left() >= party:
            found.append(session)
    return sorted(found, key=lambda s: s.start)


def book(session: Session, reference: str, party: int) -> None:
    if party < 1 or party > MAX_PARTY:
        raise ValueError(f"parties are 1 to {MAX_PARTY} people")
    if reference in session.booked:
        raise ValueError(f"{reference} is already booked on this session")
    if session.spaces_left() < party:
        raise ValueError("not enough room")
    session.booked[reference] = party


def cancel(session: Session, reference: str) -> int:
    """Free the places of a booking; returns how many were freed."""
    return session.booked.pop(reference, 0)
