from __future__ import annotations

from dataclasses import dataclass

from .money import format_cents, parse_amount


class InsufficientFunds(Exception):
    pass


@dataclass(frozen=True)
class Movement:
    source: str | None  # None: money coming in
    target: str | None  # None: money spent
    cents: int
    note: str = ""


class Budget:
    def __init__(self) -> None:
        self.balances: dict[str, int] = {}
        self.history: list[Movement] = []

    @classmethod
    def from_plan(cls, plan: dict[str, str]) -> Budget:
        budget = cls()
        for name, amount in plan.items():
            budget.add_envelope(name)
            budget.deposit(name, parse_amount(amount))
        return budget

    def add_envelope(self, name: str) -> None:
        if name in self.balances:
            raise ValueError(f"envelope {name!r} exists")
        self.balances[name] = 0

    def _check(self, name: str, cents: int) -> None:
        if name not in self.balances:
            raise KeyError(name)
        if cents <= 0:
            raise ValueError("amounts must be positive")

    def deposit(self, name: str, cents: int) -> None:
        self._check(name, cents)
        self.balances[name] += cents
        self.history.append(Movement(None, name, cents))

    def spend(self, name: str, cents: int, note: str = "") -> None:
        self._check(name, cents)
        if self.balances[name] < cents:
            raise InsufficientFunds(f"{name} has {format_cents(self.balances[name])}")
        self.balances[name] -= cents
        self.history.append(Movement(name, None, cents, note))

    def transfer(self, source: str, target: str, cents: int) -> None:
        """Move money between envelopes, e.g. from 'holidays' to cover 'groceries'."""
        self._check(source, cents)
        self._check(target, cents)
        if self.balances[source] < cents:
            raise InsufficientFunds(f"{source} has {format_cents(self.balances[source])}")
        self.balances[source] -= cents
        self.history.append(Movement(source, target, cents))

    def total(self) -> int:
        return sum(self.balances.values())

    def spent(self, name: str) -> int:
        return sum(m.cents for m in self.history if m.source == name and m.target is None)

    def summary(self) -> list[str]:
        return [f"{name}: {format_cents(cents)}" for name, cents in sorted(self.balances.items())]
