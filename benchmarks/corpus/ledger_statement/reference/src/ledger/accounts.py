"""A double-entry ledger: every posting debits one account and credits another."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .money import format_money, split_evenly

# Accounts of these kinds grow with debits; the others grow with credits.
DEBIT_NORMAL = {"asset", "expense"}
KINDS = DEBIT_NORMAL | {"liability", "equity", "income"}


@dataclass(frozen=True)
class Posting:
    day: date
    debit: str
    credit: str
    cents: int
    memo: str = ""


@dataclass
class Account:
    name: str
    kind: str
    postings: list[Posting] = field(default_factory=list)

    def signed(self, posting: Posting) -> int:
        """The posting's effect on this account's balance."""
        sign = 1 if self.kind in DEBIT_NORMAL else -1
        if posting.debit == self.name:
            return sign * posting.cents
        return -sign * posting.cents


class Ledger:
    def __init__(self) -> None:
        self.accounts: dict[str, Account] = {}
        self.journal: list[Posting] = []

    def open(self, name: str, kind: str) -> Account:
        if kind not in KINDS:
            raise ValueError(f"unknown account kind: {kind}")
        if name in self.accounts:
            raise ValueError(f"account {name} already open")
        account = self.accounts[name] = Account(name, kind)
        return account

    def post(self, day: date, debit: str, credit: str, cents: int, memo: str = "") -> Posting:
        if cents <= 0:
            raise ValueError("amounts must be positive")
        if debit == credit:
            raise ValueError("debit and credit must differ")
        posting = Posting(day, debit, credit, cents, memo)
        for name in (debit, credit):
            self.accounts[name].postings.append(posting)
        self.journal.append(posting)
        return posting

    def post_split(self, day: date, debits: list[str], credit: str, cents: int, memo: str = "") -> list[Posting]:
        """One payment shared evenly between several expense accounts."""
        shares = split_evenly(cents, len(debits))
        return [self.post(day, name, credit, share, memo) for name, share in zip(debits, shares) if share]

    def balance(self, name: str, until: date | None = None) -> int:
        account = self.accounts[name]
        return sum(account.signed(p) for p in account.postings if until is None or p.day <= until)

    def statement(self, name: str) -> list[tuple[date, str, int, int]]:
        """Each posting of the account in date order, with the balance after it."""
        account = self.accounts[name]
        rows = []
        balance = 0
        for posting in sorted(account.postings, key=lambda p: p.day):
            change = account.signed(posting)
            balance += change
            rows.append((posting.day, posting.memo, change, balance))
        return rows

    def trial_balance(self) -> dict[str, int]:
        """Debit-positive balances of all accounts; they sum to zero."""
        totals = {}
        for name, account in self.accounts.items():
            sign = 1 if account.kind in DEBIT_NORMAL else -1
            totals[name] = sign * self.balance(name)
        return totals

    def summary(self) -> list[str]:
        return [f"{name:<12} {format_money(self.balance(name)):>12}" for name in sorted(self.accounts)]
