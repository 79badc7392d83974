"""Daily takings at the gelato parlour on the sea front, from the till's Z reports.

The owner wants to know which run of days took the most, so the extra staff can be
booked for the same stretch next summer (the promenade festival moves about).
"""

from __future__ import annotations

from datetime import date, timedelta


def read_z_reports(text: str) -> list[tuple[date, float]]:
    """One line a day, 'YYYY-MM-DD amount' or 'YYYY-MM-DD closed'; '#' starts a note.

    Days must follow on from each other: a day the parlour was shut is still written
    down, as 'closed', and counts as nothing taken."""
    reports: list[tuple[date, float]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        day_text, amount_text = line.split()
        day = date.fromisoformat(day_text)
        if reports and day != reports[-1][0] + timedelta(days=1):
            raise ValueError(f"line {number}: {day} does not follow {reports[-1][0]}")
        amount = 0.0 if amount_text == "closed" else float(amount_text)
        reports.append((day, amount))
    return reports


def best_run(takings: list[float], days: int) -> tuple[int, float]:
    """Where the best `days` days in a row start, and what they took together.

    A tie goes to the earlier run. There must be at least `days` days of takings."""
    if days < 1 or len(takings) < days:
        raise ValueError(f"need at least {days} days of takings, have {len(takings)}")
    best_start, best_total = 0, sum(takings[:days])
    for start in range(1, len(takings) - days):
        total = sum(takings[start : start + days])
        if total > best_total:
            best_start, best_total = start, total
    return best_start, round(best_total, 2)


def best_week(reports: list[tuple[date, float]], days: int = 7) -> str:
    """A line for the staffing plan: the best stretch, its total and its daily average."""
    start, total = best_run([amount for _day, amount in reports], days)
    first, last = reports[start][0], reports[start + days - 1][0]
    return f"{first:%a %d %b} to {last:%a %d %b}: {total:.2f} ({total / days:.2f} a day)"
