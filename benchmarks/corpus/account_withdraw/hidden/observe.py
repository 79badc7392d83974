"""Withdrawals within, at and beyond the balance; the balance after each."""

from observing import attempt
from mod import Account


def observe():
    results = []
    for balance in (0, 1, 10, 100):
        for amount in (0, 1, 4, 10, 11, 100, 101):
            account = Account(balance)
            results.append((balance, amount, attempt(account.withdraw, amount), account.balance))
    account = Account(50)
    results.append([attempt(account.withdraw, a) for a in (20, 20, 20, 10, 1)] + [account.balance])
    return results
