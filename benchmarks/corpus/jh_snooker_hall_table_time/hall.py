"""The tables in the hall and who is on them, as the front desk sees it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from rates import session_charge


@dataclass
class Table:
    number: int
    kind: str  # "snooker" or "pool"
    out_of_service: bool = False  # being re-clothed, levelled, cushions replaced


@dataclass
class Session:
    player: str
    start: datetime
    member: bool


class Hall:
    def __init__(self, tables: list[Table]):
        self.tables = {table.number: table for table in tables}
        self.sessions: dict[int, Session] = {}
        self.takings = 0

    def put_on(self, number: int, player: str, start: datetime, member: bool = False) -> None:
        table = self.tables[number]
        if table.out_of_service:
            raise ValueError(f"table {number} is out of service")
        if number in self.sessions:
            raise ValueError(f"table {number} is in use")
        self.sessions[number] = Session(player, start, member)

    def take_off(self, number: int, end: datetime) -> int:
        """Ends the session on a table and returns what the player owes."""
        session = self.sessions.pop(number)
        pence = session_charge(self.tables[number].kind, session.start, end, session.member)
        self.takings += pence
        return pence

    def set_out_of_service(self, number: int, out: bool = True) -> None:
        self.tables[number].out_of_service = out

    def free_tables(self, kind: str | None = None) -> list[int]:
        """The tables the desk can give out now, lowest number first."""
        free = []
        for number, table in sorted(self.tables.items()):
            if number in self.sessions:
                continue
            if kind is not None and table.kind != kind:
                continue
            free.append(number)
        return free

    def who_is_on(self) -> dict[int, str]:
        return {number: session.player for number, session in sorted(self.sessions.items())}
