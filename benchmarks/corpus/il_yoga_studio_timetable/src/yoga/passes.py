"""Ten-class cards and monthly passes, both counted in credits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class PassExpired(Exception):
    pass


class NoCredits(Exception):
    pass


@dataclass
class ClassPass:
    member: str
    credits: int
    expires: date

    def use(self, day: date) -> None:
        if day > self.expires:
            raise PassExpired(f"{self.member}'s pass ran out on {self.expires}")
        if self.credits <= 0:
            raise NoCredits(self.member)
        self.credits -= 1

    def refund(self) -> None:
        self.credits += 1
