from funrun.fees import booking_fee, entry_price, kept


def test_booking_fee_is_five_percent_and_forty_pence():
    assert booking_fee(2000) == 140
    assert booking_fee(3000) == 190
    assert booking_fee(2010) == 141  # 100.5p rounds up


def test_booking_fee_minimum_and_cap():
    assert booking_fee(500) == 99
    assert booking_fee(10000) == 250


def test_entry_price_covers_the_minimum_fee():
    assert entry_price(1000) == 1099


def test_entry_price_in_the_percentage_band():
    assert entry_price(2000) == 2147
    assert kept(2146) < 2000


def test_entry_price_above_the_cap():
    assert entry_price(5000) == 5250
