from datetime import date

from glamping.pods import stay_price


def test_midweek_and_weekend_nights(pods):
    owl = pods[1]
    # Thursday, Friday and Saturday nights
    assert stay_price(owl, date(2024, 6, 6), date(2024, 6, 9)) == 70 + 90 + 90


def test_dog_fee_once_a_stay(pods):
    badger = pods[2]
    assert stay_price(badger, date(2024, 6, 3), date(2024, 6, 5), dogs=2) == 85 + 85 + 15
