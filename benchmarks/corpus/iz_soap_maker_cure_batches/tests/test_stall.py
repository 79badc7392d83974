from datetime import date

from soapworks.batches import Batch
from soapworks.stall import next_cured, ready_to_sell, stall_stock


def test_ready_oldest_first(book, market_day):
    assert [batch.code for batch in ready_to_sell(book, market_day)] == ["C03", "L01", "O02"]


def test_failed_zap_never_goes_out(book):
    codes = [batch.code for batch in ready_to_sell(book, date(2024, 4, 6))]
    assert "L04" not in codes
    assert "P05" in codes


def test_stall_stock(book, market_day):
    assert stall_stock(book, market_day) == {"Castile": 26, "Lavender": 14, "Oatmeal & Honey": 18}


def test_sold_out_batches_stay_off_the_stall(book, market_day):
    book[0].sold = 24
    assert [batch.code for batch in ready_to_sell(book, market_day)] == ["C03", "O02"]
    assert "Lavender" not in stall_stock(book, market_day)


def test_next_cured(book, market_day):
    assert next_cured(book, market_day) == date(2024, 4, 1)
    assert next_cured(book, date(2024, 4, 1)) is None


def test_nothing_cured_yet():
    fresh = [Batch("R1", "Rose", "cold", date(2024, 3, 20), 12)]
    assert ready_to_sell(fresh, date(2024, 3, 23)) == []
    assert stall_stock(fresh, date(2024, 3, 23)) == {}
