from datetime import date

from dairy.herd import Cow, Milking
from dairy.yields import daily_totals, herd_alerts, yield_drops


def d(day):
    return date(2024, 3, day)


def test_daily_totals_add_both_milkings():
    milkings = [Milking("UK101", d(2), 11.5), Milking("UK101", d(1), 12.0), Milking("UK101", d(1), 10.5)]
    assert daily_totals(milkings) == {d(1): 22.5, d(2): 11.5}


def test_steady_cow_has_no_drops():
    assert yield_drops({d(1): 24.0, d(2): 23.5, d(3): 24.5, d(4): 23.0}) == []


def test_sudden_drop_is_reported():
    assert yield_drops({d(1): 24.0, d(2): 24.0, d(3): 17.0, d(4): 23.0}) == [d(3)]


def test_vet_day_is_skipped():
    assert yield_drops({d(1): 24.0, d(2): 0.0, d(3): 23.0}) == []


def test_drop_reported_once_while_she_stays_low():
    daily = {d(1): 25.0, d(2): 18.0, d(3): 18.5, d(4): 18.0, d(5): 17.5}
    assert yield_drops(daily) == [d(2)]


def test_herd_alerts_only_cows_in_milk():
    herd = [Cow("UK101", "Daisy"), Cow("UK102", "Buttercup"), Cow("UK103", "Clover", in_milk=False)]
    milkings = [
        Milking("UK101", d(1), 24.0), Milking("UK101", d(2), 15.0),
        Milking("UK102", d(1), 20.0), Milking("UK102", d(2), 21.0),
        Milking("UK103", d(1), 8.0), Milking("UK103", d(2), 2.0),
    ]
    assert herd_alerts(herd, milkings) == {"UK101": [d(2)]}
