from datetime import date

from caravanstore.fees import pro_rata, season_invoices
from caravanstore.register import Stay


def test_pro_rata():
    assert pro_rata(420.00, 91, 182) == 210.00


def test_whole_season(stays, season):
    assert season_invoices(stays, *season)["KX19 ABC"] == 420.00


def test_van_gone_before_the_season_is_not_invoiced(stays, season):
    assert "PB05 HHW" not in season_invoices(stays, *season)


def test_motorhome_until_new_year(stays, season):
    # 92 of the season's 182 days
    assert season_invoices(stays, *season)["LM67 TTR"] == 283.08


def test_short_stay_pays_the_minimum(stays, season):
    assert season_invoices(stays, *season)["YA12 UUP"] == 90.00


def test_only_the_days_inside_the_season(season):
    stays = [Stay("KX19 ABC", "trailer tent", date(2024, 9, 1), date(2025, 5, 1))]
    assert season_invoices(stays, *season) == {"KX19 ABC": 240.00}
