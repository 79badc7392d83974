from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from .models import InvoiceLine, Lesson
from .rates import lesson_price


def invoice_lines(lessons: Iterable[Lesson], month: Optional[tuple[int, int]] = None) -> list[InvoiceLine]:
    """One invoice line per student, in the order of their first lesson, adding up
    the count, minutes and price of their lessons. With `month` as (year, month),
    only the lessons of that month count."""
    lines: list[InvoiceLine] = []
    by_student: dict[str, InvoiceLine] = {}
    for lesson in lessons:
        if month is not None and (lesson.day.year, lesson.day.month) != month:
            continue
        line = by_student.get(lesson.student)
        if line is None:
            line = InvoiceLine(lesson.student)
            lines.append(line)
        line.lessons += 1
        line.minutes += lesson.minutes
        line.amount += lesson_price(lesson)
    return lines


def invoice_total(lines: Iterable[InvoiceLine]) -> Decimal:
    return sum((line.amount for line in lines), Decimal("0.00"))
