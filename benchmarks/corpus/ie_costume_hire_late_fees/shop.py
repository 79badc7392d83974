from __future__ import annotations

from datetime import date

from hire import Rental


class CostumeShop:
    def __init__(self) -> None:
        self.rentals: list[Rental] = []

    def hire_out(self, costume: str, customer: str, collected: date, due: date, deposit: float = 50.00) -> Rental:
        if any(r.costume == costume and r.returned is None for r in self.rentals):
            raise ValueError(f"{costume} is already out")
        rental = Rental(costume, customer, collected, due, deposit)
        self.rentals.append(rental)
        return rental

    def check_in(self, costume: str, on: date) -> Rental:
        for rental in self.rentals:
            if rental.costume == costume and rental.returned is None:
                rental.returned = on
                return rental
        raise KeyError(costume)

    def overdue(self, today: date) -> list[str]:
        """Costumes still out after their deadline, most overdue first."""
        late = [r for r in self.rentals if r.returned is None and r.days_late(today) > 0]
        late.sort(key=lambda r: (-r.days_late(today), r.costume))
        return [r.costume for r in late]

    def late_fees_taken(self, today: date) -> float:
        return round(sum(r.late_fee(today) for r in self.rentals if r.returned is not None), 2)
