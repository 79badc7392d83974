from datetime import date


def test_overdue_list(shop):
    assert shop.overdue(date(2024, 10, 27)) == ["vampire cape", "pirate captain", "witch hat"]


def test_returned_costumes_are_not_overdue(shop):
    shop.check_in("pirate captain", date(2024, 10, 25))
    assert shop.overdue(date(2024, 10, 26)) == ["vampire cape"]


def test_deposit_back_after_late_return(shop):
    rental = shop.check_in("vampire cape", date(2024, 10, 26))
    assert rental.deposit_back(date(2024, 11, 2)) == 38.00


def test_late_fees_taken(shop):
    shop.check_in("vampire cape", date(2024, 10, 25))
    shop.check_in("witch hat", date(2024, 10, 26))
    assert shop.late_fees_taken(date(2024, 10, 31)) == 6.00
