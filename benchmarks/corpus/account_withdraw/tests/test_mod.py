import pytest

from mod import Account


def test_withdraw():
    assert Account(10).withdraw(4) == 6


def test_overdraw_refused():
    account = Account(10)
    with pytest.raises(ValueError):
        account.withdraw(11)
    assert account.balance == 10
