import pytest

from appconf.fields import parse_bool, parse_duration
from appconf.settings import Settings


def test_defaults():
    assert Settings()["port"] == 8080


def test_durations():
    assert parse_duration("250ms") == 0.25
    assert parse_duration("5m") == 300


def test_bool_rejects_maybe():
    with pytest.raises(ValueError):
        parse_bool("maybe")


def test_load_values():
    settings = Settings()
    assert settings.load("host = example.org\nPort=9000  # staging\ndebug = yes\n") == []
    assert (settings["host"], settings["port"], settings["debug"]) == ("example.org", 9000, True)


def test_unknown_and_malformed_lines():
    assert Settings().load("colour = blue\n\njust words\n") == [
        "line 1: unknown setting 'colour'", "line 3: expected 'key = value'"]


def test_bad_value_is_reported_and_skipped():
    settings = Settings()
    problems = settings.load("workers = four\nkeepalive = 10s\n")
    assert problems == ["line 1: workers: invalid literal for int() with base 10: 'four'"]
    assert settings["workers"] == 2 and settings["keepalive"] == 10
