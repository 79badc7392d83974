"""The diary of booth hires."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from photobooth.terms import BOOTHS, DEPOSIT, MAX_MOVES, NOTICE_DAYS, hire_price


@dataclass
class Hire:
    client: str
    day: date
    hours: int = 3
    deposit: float = DEPOSIT
    moves: int = 0
    cancelled: bool = False
    refunded: float = 0.0

    def balance_due(self) -> float:
        return hire_price(self.hours) - self.deposit


class Diary:
    def __init__(self, booths: int = BOOTHS):
        self.booths = booths
        self.hires: list[Hire] = []

    def on(self, day: date) -> list[Hire]:
        return [hire for hire in self.hires if hire.day == day and not hire.cancelled]

    def book(self, client: str, day: date, hours: int = 3) -> Hire:
        hire_price(hours)
        if len(self.on(day)) >= self.booths:
            raise ValueError(f"no booth free on {day}")
        hire = Hire(client, day, hours)
        self.hires.append(hire)
        return hire

    def move(self, hire: Hire, new_day: date, today: date) -> None:
        if hire.moves >= MAX_MOVES:
            raise ValueError("this hire has already been moved once")
        if (hire.day - today).days < NOTICE_DAYS:
            raise ValueError("too late to move this hire")
        if len(self.on(new_day)) >= self.booths:
            raise ValueError(f"no booth free on {new_day}")
        hire.day = new_day
        hire.moves += 1

    def cancel(self, hire: Hire, today: date) -> float:
        """Cancel a hire and return the deposit to refund, which is recorded on the hire."""
        if hire.cancelled:
            raise ValueError("this hire is already cancelled")
        hire.cancelled = True
        if (hire.day - today).days >= NOTICE_DAYS:
            hire.refunded = hire.deposit
        return hire.refunded

    def deposits_kept(self) -> float:
        """Deposits of cancelled hires that were not refunded."""
        return sum(hire.deposit - hire.refunded for hire in self.hires if hire.cancelled)
