from datetime import date

from boatshed.fees import season_invoice, shed_invoices
from boatshed.register import Boat

MEMBER_SINCE = date(2019, 5, 4)


def test_one_short_boat_pays_the_full_season():
    assert season_invoice([Boat("Huw", "Wavehopper", 2.8)], MEMBER_SINCE, 2024) == ([("Wavehopper", 36.0)], 36.0)


def test_long_boat():
    assert season_invoice([Boat("Huw", "Seda Tango", 5.8)], MEMBER_SINCE, 2024) == ([("Seda Tango", 72.0)], 72.0)


def test_boat_on_the_band_line_pays_the_lower_band():
    assert season_invoice([Boat("Huw", "Pyranha", 3.5)], MEMBER_SINCE, 2024)[1] == 36.0
    assert season_invoice([Boat("Huw", "Old Town", 5.0)], MEMBER_SINCE, 2024)[1] == 54.0


def test_second_boat_is_half_price():
    boats = [Boat("Ffion", "Dagger Katana", 3.2), Boat("Ffion", "Prospector", 4.6)]
    assert season_invoice(boats, MEMBER_SINCE, 2024) == ([("Prospector", 54.0), ("Dagger Katana", 18.0)], 72.0)


def test_joining_mid_season_pays_for_the_months_left():
    # June to October: 5 of the 7 months.
    lines, total = season_invoice([Boat("Cai", "Prospector", 4.6)], date(2024, 6, 10), 2024)
    assert lines == [("Prospector", 38.57)]
    assert total == 38.57


def test_shed_invoices():
    register = {"Huw": [Boat("Huw", "Wavehopper", 2.8)], "Cai": [Boat("Cai", "Prospector", 4.6)]}
    assert shed_invoices(register, {"Cai": date(2024, 9, 1)}, 2024) == {"Cai": 15.43, "Huw": 36.0}
