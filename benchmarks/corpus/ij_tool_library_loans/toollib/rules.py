"""House rules of the tool library, as agreed at the AGM."""

from decimal import Decimal

# How many tools a member may have out at once.
MAX_LOANS = 3
# A loan is due back this many days after it goes out.
LOAN_DAYS = 7
# Fines: the first GRACE_DAYS days late are free, then DAILY_FINE a day.
GRACE_DAYS = 2
DAILY_FINE = Decimal("0.50")
MAX_FINE = Decimal("10.00")
