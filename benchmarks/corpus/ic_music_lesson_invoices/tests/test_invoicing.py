from datetime import date
from decimal import Decimal

from lessons.invoicing import invoice_lines, invoice_total
from lessons.models import InvoiceLine, Lesson


def test_single_lesson():
    lines = invoice_lines([Lesson("mia", date(2024, 3, 4), 60, "violin")])
    assert lines == [InvoiceLine("mia", 1, 60, Decimal("52.00"))]


def test_lessons_of_one_student_share_a_line():
    lessons = [
        Lesson("mia", date(2024, 3, 4), 30),
        Lesson("leo", date(2024, 3, 5), 45, "guitar"),
        Lesson("mia", date(2024, 3, 11), 30),
    ]
    lines = invoice_lines(lessons)
    assert [line.student for line in lines] == ["mia", "leo"]
    assert lines[0] == InvoiceLine("mia", 2, 60, Decimal("48.00"))


def test_month_filter():
    lessons = [Lesson("mia", date(2024, 2, 26), 30), Lesson("leo", date(2024, 3, 5), 60)]
    assert [line.student for line in invoice_lines(lessons, month=(2024, 3))] == ["leo"]


def test_total():
    lines = [InvoiceLine("a", 1, 30, Decimal("24.00")), InvoiceLine("b", 2, 90, Decimal("66.00"))]
    assert invoice_total(lines) == Decimal("90.00")
