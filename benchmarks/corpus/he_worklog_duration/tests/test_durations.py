import pytest

from worklog.durations import format_duration, parse_duration


def test_plain_minutes():
    assert parse_duration("90") == 90


def test_hours_and_minutes_with_colon():
    assert parse_duration("1:30") == 90
    assert parse_duration(" 0:05 ") == 5


def test_units():
    assert parse_duration("1h30m") == 90
    assert parse_duration("2h") == 120
    assert parse_duration("45min") == 45


@pytest.mark.parametrize("text", ["", "abc", "1:75", "h", "1:5"])
def test_rejects_what_is_not_a_duration(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def test_format():
    assert [format_duration(m) for m in (45, 60, 135)] == ["45m", "1h", "2h15m"]
