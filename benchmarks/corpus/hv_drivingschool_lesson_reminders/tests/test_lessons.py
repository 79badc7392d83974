import pytest

from drivingschool.lessons import parse_lesson


def test_flags(diary):
    assert diary[0].paid and diary[0].confirmed and not diary[0].cancelled
    assert diary[1].minutes == 90 and not diary[1].paid


def test_unknown_flag():
    with pytest.raises(ValueError):
        parse_lesson("2024-06-03 09:00 | Amy Lowe | Gareth | 60 | booked")
