from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DAILY_LATE_FEE = 6.00
LATE_FEE_CAP = 60.00


@dataclass
class Rental:
    costume: str
    customer: str
    collected: date
    due: date
    deposit: float = 50.00
    extended_to: date | None = None
    returned: date | None = None

    def extend(self, new_due: date) -> None:
        if new_due <= (self.extended_to or self.due):
            raise ValueError("an extension must move the due date later")
        self.extended_to = new_due

    def days_late(self, today: date) -> int:
        """Whole days past the deadline (the extended date if the hire was
        extended, otherwise the due date), counted up to the day the costume came
        back, or up to `today` while it is still out. Zero when it is not late."""
        deadline = self.extended_to or self.due
        end = self.returned or today
        return max((end - deadline).days, 0)

    def late_fee(self, today: date) -> float:
        return min(self.days_late(today) * DAILY_LATE_FEE, LATE_FEE_CAP)

    def deposit_back(self, today: date) -> float:
        """What is refunded from the deposit once the costume is back."""
        if self.returned is None:
            return 0.0
        return max(self.deposit - self.late_fee(today), 0.0)
