"""A booking for a guided tour, as it comes from the web form: one visitor a line,
`name, date of birth`, dates as day/month/year. Ticket prices go by age on the day
of the tour, not on the day of booking."""

from __future__ import annotations

from datetime import date, datetime


def age_on(born: date, day: date) -> int:
    """Age in whole years on `day`; someone born on 29 February has their birthday on 1 March."""
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def read_booking(text: str, tour_day: date) -> list[tuple[str, int]]:
    """(name, age on the tour day) for each visitor; blank lines skipped."""
    visitors = []
    for line in text.strip().splitlines():
        if not line.strip():
            continue
        name, born = (part.strip() for part in line.rsplit(",", 1))
        birth = datetime.strptime(born, "%d/%m/%Y").date()
        if birth > tour_day:
            raise ValueError(f"{name} is not born yet on {tour_day:%d/%m/%Y}")
        visitors.append((name, age_on(birth, tour_day)))
    return visitors
