"""Registrations from the ticket shop's export (semicolon separated, header first)."""

from __future__ import annotations

from dataclasses import dataclass

TICKETS = ("attendee", "speaker", "student", "crew")


@dataclass(frozen=True)
class Registration:
    code: str
    first: str
    last: str
    company: str
    ticket: str

    def badge_name(self) -> str:
        name = f"{self.first} {self.last}".strip()
        return f"{name} | {self.company}" if self.company else name


def parse_registrations(text: str) -> list[Registration]:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return []
    header = [field.strip() for field in lines[0].split(";")]
    found = []
    for line in lines[1:]:
        row = dict(zip(header, (field.strip() for field in line.split(";"))))
        registration = Registration(row["code"].upper(), row["first"], row["last"], row.get("company", ""), row["ticket"])
        if registration.ticket not in TICKETS:
            raise ValueError(f"unknown ticket type {registration.ticket!r} for {registration.code}")
        found.append(registration)
    return found
