from datetime import time

import pytest

from barbershop.book import Appointment, parse_time, read_book


def book(*lines):
    return "\n".join(lines) + "\n"


def test_parse_time():
    assert parse_time("09:30") == time(9, 30)
    assert parse_time("14") == time(14, 0)


def test_read_appointments():
    text = book("09:00 Tom Skin fade", "09:30 Ali Beard trim")
    assert read_book(text) == [
        Appointment(time(9, 0), "Tom", "Skin fade"),
        Appointment(time(9, 30), "Ali", "Beard trim"),
    ]


def test_notes_belong_to_the_appointment_above():
    text = book(
        "09:00 Tom Skin fade",
        "  wants it shorter on top this time",
        "  pays by card",
        "09:30 Ali Beard trim",
    )
    first, second = read_book(text)
    assert first.notes == ("wants it shorter on top this time", "pays by card")
    assert second.notes == ()


def test_blank_lines_and_comments_are_skipped():
    text = book(
        "# Saturday",
        "09:00 Tom Skin fade",
        "",
        "# lunch 12:30-13:15",
        "13:15 Tom Hot towel shave",
    )
    assert [(a.at, a.service) for a in read_book(text)] == [(time(9, 0), "Skin fade"), (time(13, 15), "Hot towel shave")]


def test_note_without_appointment():
    with pytest.raises(ValueError, match="line 1"):
        read_book(book("  wants a trim", "09:00 Tom Haircut"))


def test_missing_service():
    with pytest.raises(ValueError, match="line 2"):
        read_book(book("09:00 Tom Haircut", "09:30 Ali"))
