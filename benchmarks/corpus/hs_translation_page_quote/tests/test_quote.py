from decimal import Decimal

import pytest

from translation.quote import quote, quote_text


def test_whole_pages():
    assert quote(1000, "en", "de") == Decimal("72.00")


def test_a_page_begun_is_a_page():
    assert quote(1001, "en", "de") == Decimal("90.00")


def test_rush_job():
    assert quote(750, "sv", "en", rush=True) == Decimal("96.30")


def test_short_job_costs_the_minimum(letter):
    assert quote_text(letter, "en", "fr") == Decimal("35.00")


def test_certified_adds_the_fee():
    assert quote(1000, "de", "en", certified=True) == Decimal("88.00")


def test_unknown_pair():
    with pytest.raises(ValueError):
        quote(100, "de", "ja")
