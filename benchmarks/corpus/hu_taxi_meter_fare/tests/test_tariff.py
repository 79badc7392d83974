import datetime

from meter.tariff import DAY, NIGHT, tariff_at


def test_tariff_by_time():
    assert tariff_at(datetime.datetime(2024, 3, 13, 9, 15)) is DAY
    assert tariff_at(datetime.datetime(2024, 3, 13, 22, 0)) is NIGHT
    assert tariff_at(datetime.datetime(2024, 3, 14, 5, 59)) is NIGHT


def test_sunday_is_night_rate():
    assert tariff_at(datetime.datetime(2024, 3, 17, 12, 0)) is NIGHT
