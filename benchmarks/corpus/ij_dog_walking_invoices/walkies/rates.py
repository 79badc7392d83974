"""Price list, 2024."""

from datetime import date
from decimal import Decimal

BLOCK_MINUTES = 30
BLOCK_PRICE = Decimal("9.00")
# Each dog after the first, per block.
EXTRA_DOG = Decimal("4.00")
# On top of the whole price at weekends and on bank holidays.
WEEKEND_SURCHARGE = Decimal("0.25")

BANK_HOLIDAYS = {
    date(2024, 1, 1),
    date(2024, 3, 29),
    date(2024, 4, 1),
    date(2024, 5, 6),
    date(2024, 5, 27),
    date(2024, 8, 26),
    date(2024, 12, 25),
    date(2024, 12, 26),
}
