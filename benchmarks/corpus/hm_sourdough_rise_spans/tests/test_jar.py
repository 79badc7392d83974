import pytest

from starter.jar import Reading, parse_line, parse_log


def test_parse_line():
    assert parse_line("08:30 42") == Reading("08:30", 42)


def test_bad_time():
    with pytest.raises(ValueError):
        parse_line("24:10 50")


def test_comments_skipped(saturday):
    assert len(saturday) == 12
    assert saturday[2] == Reading("08:00", 38)
