"""The office's daily lists: lessons to send a reminder text for, and lessons to chase payment for."""

from __future__ import annotations

from datetime import datetime, timedelta

from drivingschool.lessons import Lesson


def to_invoice(lessons: list[Lesson], now: datetime) -> list[Lesson]:
    """Lessons that have taken place and are not paid for, oldest first."""
    due = []
    for lesson in lessons:
        if lesson.cancelled:
            continue
        if lesson.start < now and not lesson.paid:
            due.append(lesson)
    return sorted(due, key=lambda lesson: lesson.start)


def to_remind(lessons: list[Lesson], now: datetime, window_hours: int = 48) -> list[Lesson]:
    """Lessons starting within the next `window_hours` hours that the pupil has
    not confirmed yet, earliest first."""
    due = []
    for lesson in lessons:
        if lesson.cancelled or lesson.confirmed:
            continue
        ahead = lesson.start - now
        if timedelta(0) < ahead <= timedelta(hours=window_hours) and not lesson.paid:
            due.append(lesson)
    return sorted(due, key=lambda lesson: lesson.start)


def reminder_text(lesson: Lesson) -> str:
    when = lesson.start.strftime("%a %d %b at %H:%M")
    text = f"Hi {lesson.pupil.split()[0]}, your {lesson.minutes} min lesson with {lesson.instructor} is on {when}."
    if not lesson.paid:
        text += " Please bring payment."
    return text + " Reply YES to confirm."
