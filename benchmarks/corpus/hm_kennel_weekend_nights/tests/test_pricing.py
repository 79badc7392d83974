from datetime import date
from decimal import Decimal

from kennel.bookings import Booking
from kennel.pricing import invoice, stay_price


def test_weeknight():
    assert stay_price(Booking("Pip", "medium", date(2024, 6, 3), date(2024, 6, 4))) == Decimal("34.00")


def test_weekend():
    assert stay_price(Booking("Pip", "small", date(2024, 6, 7), date(2024, 6, 9))) == Decimal("68.00")


def test_week_with_a_weekend_in_it():
    stay = Booking("Rolo", "large", date(2024, 6, 5), date(2024, 6, 10))
    assert stay_price(stay) == Decimal("222.00")


def test_invoice_second_dog_half_price():
    stays = [
        Booking("Rolo", "large", date(2024, 6, 3), date(2024, 6, 5)),
        Booking("Biscuit", "small", date(2024, 6, 3), date(2024, 6, 5)),
    ]
    assert invoice(stays, "Okafor") == [
        ("Biscuit", Decimal("56.00")),
        ("Rolo", Decimal("42.00")),
        ("total for Okafor", Decimal("98.00")),
    ]
