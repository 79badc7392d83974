import pytest

from envelopes.money import format_cents, parse_amount


@pytest.mark.parametrize("text, cents", [("12.50", 1250), ("12,5", 1250), ("€7", 700), (" 0.05 ", 5), ("-3", -300)])
def test_parse_amount(text, cents):
    assert parse_amount(text) == cents


@pytest.mark.parametrize("text", ["", "twelve", "1.005"])
def test_parse_amount_rejects(text):
    with pytest.raises(ValueError):
        parse_amount(text)


def test_format_cents():
    assert format_cents(1250) == "€12.50"
    assert format_cents(-5) == "-€0.05"
