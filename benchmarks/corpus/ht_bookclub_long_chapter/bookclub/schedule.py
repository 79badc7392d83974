"""Splitting the month's book into daily reading, whole chapters at a time."""

from __future__ import annotations

from datetime import date, timedelta

from .books import Chapter


def plan_days(chapters: list[Chapter], pages_per_day: int) -> list[list[str]]:
    """Chapter titles for each reading day, in order, no more than pages_per_day
    pages a day; a chapter longer than that gets a day to itself."""
    if pages_per_day <= 0:
        raise ValueError("pages_per_day must be positive")
    days = []
    today: list[str] = []
    pages = 0
    for chapter in chapters:
        if pages + chapter.pages > pages_per_day:
            days.append(today)
            today, pages = [], 0
        today.append(chapter.title)
        pages += chapter.pages
    if today:
        days.append(today)
    return days


def reading_calendar(chapters: list[Chapter], pages_per_day: int, first_day: date,
                     rest_weekdays: tuple[int, ...] = ()) -> list[tuple[date, list[str]]]:
    """The plan laid out on the calendar from first_day, skipping the rest weekdays
    (0 is Monday)."""
    if len(set(rest_weekdays)) >= 7:
        raise ValueError("no reading days left")
    calendar = []
    day = first_day
    for titles in plan_days(chapters, pages_per_day):
        while day.weekday() in rest_weekdays:
            day += timedelta(days=1)
        calendar.append((day, titles))
        day += timedelta(days=1)
    return calendar


def finish_date(chapters: list[Chapter], pages_per_day: int, first_day: date,
                rest_weekdays: tuple[int, ...] = ()) -> date | None:
    calendar = reading_calendar(chapters, pages_per_day, first_day, rest_weekdays)
    return calendar[-1][0] if calendar else None
