"""Recall letters for travellers part way through a course."""

from __future__ import annotations

from datetime import date, timedelta

from vaccines import SCHEDULES, Course

RECALL_DAYS = 7  # letters go out a week before a dose falls due


class ClinicBook:
    def __init__(self, courses: list[Course]) -> None:
        self.courses = courses

    def next_due(self, course: Course) -> date | None:
        if not course.doses or course.complete:
            return None
        return course.doses[0] + timedelta(days=SCHEDULES[course.vaccine][len(course.doses)])

    def recalls(self, on: date) -> list[tuple[str, str, int, date]]:
        """(traveller, vaccine, dose number, due date) for every next dose due within
        RECALL_DAYS of `on` (or overdue), for travellers who have not left yet. A dose
        that would not fall due until the day they leave or later is not recalled: the
        nurse offers those travellers the accelerated course at their last visit."""
        letters = []
        for course in sorted(self.courses, key=lambda c: (c.traveller, c.vaccine)):
            due = self.next_due(course)
            if due is None or course.departs <= on:
                continue
            if due - timedelta(days=RECALL_DAYS) <= on and due < course.departs:
                letters.append((course.traveller, course.vaccine, len(course.doses) + 1, due))
        return letters

    def doses_to_order(self, on: date, days: int) -> dict[str, int]:
        """Next doses falling due in the `days` days from `on`, by vaccine, for the
        fridge order (an order covers everyone booked, recalled or not)."""
        counts: dict[str, int] = {}
        for course in self.courses:
            due = self.next_due(course)
            if due is not None and on <= due < on + timedelta(days=days):
                counts[course.vaccine] = counts.get(course.vaccine, 0) + 1
        return counts
