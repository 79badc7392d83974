import pytest

from envconf import EnvSyntaxError, load, parse


def test_parse_quotes_and_comments():
    text = 'export A=1\n# comment\nB = "two words"\nC=plain # trailing\nD=\'$raw\'\n'
    assert parse(text) == {"A": "1", "B": "two words", "C": "plain", "D": "$raw"}


def test_parse_errors_name_the_line():
    with pytest.raises(EnvSyntaxError) as error:
        parse("A=1\nnot a setting\n")
    assert error.value.lineno == 2


def test_load_numbers_and_flags(env_file):
    path = env_file("APP_PORT=8080\nAPP_DEBUG=yes\nAPP_RATIO=0.75\nAPP_TOKEN=\nOTHER=1\n")
    assert load(path, prefix="APP_") == {"port": 8080, "debug": True, "ratio": 0.75, "token": None}


def test_load_keeps_text(env_file):
    path = env_file("APP_NAME=billing-service\nAPP_HOST=\"db.local\"\n")
    assert load(path, prefix="APP_") == {"name": "billing-service", "host": "db.local"}
