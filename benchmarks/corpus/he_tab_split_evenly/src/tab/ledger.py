"""Who paid what for the group, and who owes whom."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .split import split_evenly


@dataclass(frozen=True)
class Transfer:
    debtor: str
    creditor: str
    amount: Decimal


class Ledger:
    def __init__(self) -> None:
        self.balances: dict[str, Decimal] = {}

    def add_expense(self, payer: str, amount: Decimal, between: list[str]) -> None:
        self.balances[payer] = self.balances.get(payer, Decimal(0)) + amount
        for person, share in split_evenly(amount, between).items():
            self.balances[person] = self.balances.get(person, Decimal(0)) - share

    def settle(self) -> list[Transfer]:
        """Transfers that even out every balance, the largest debts paid first."""
        debtors = sorted((b, p) for p, b in self.balances.items() if b < 0)
        creditors = sorted(((-b, p) for p, b in self.balances.items() if b > 0))
        transfers = []
        while debtors and creditors:
            debt, debtor = debtors[0]
            credit, creditor = creditors[0]
            amount = min(-debt, -credit)
            transfers.append(Transfer(debtor, creditor, amount))
            debtors[0] = (debt + amount, debtor)
            creditors[0] = (credit + amount, creditor)
            if debtors[0][0] == 0:
                debtors.pop(0)
            if creditors[0][0] == 0:
                creditors.pop(0)
        return transfers
