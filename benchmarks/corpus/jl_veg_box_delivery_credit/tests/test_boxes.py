from datetime import date

import pytest

from boxes import delivery_day, parse_pounds, price_of, week_of


def test_parse_pounds():
    assert parse_pounds("£12.50") == 1250
    assert parse_pounds("12.5") == 1250
    assert parse_pounds("40") == 4000


def test_parse_pounds_rejects_rubbish():
    with pytest.raises(ValueError):
        parse_pounds("twelve")
    with pytest.raises(ValueError):
        parse_pounds("1.234")


def test_delivery_week():
    assert week_of(date(2024, 3, 14)) == date(2024, 3, 11)
    assert delivery_day(date(2024, 3, 17)) == date(2024, 3, 14)


def test_unknown_size():
    with pytest.raises(ValueError):
        price_of("jumbo")
