import pytest

from skirental.counter import Counter, OutOfStock


def test_quote_week_discount():
    assert Counter.quote(["skis", "boots"], 2) == 84.0
    assert Counter.quote(["skis", "boots", "helmet"], 6) == 244.8


def test_fit_boots_skips_empty_sizes():
    counter = Counter({250: 0, 260: 1, 270: 2})
    assert counter.fit_boots(245) == 260
    assert counter.fit_boots(245) == 270
    counter.return_boots(260)
    assert counter.fit_boots(255) == 260


def test_out_of_stock():
    with pytest.raises(OutOfStock):
        Counter({240: 3}).fit_boots(262)
