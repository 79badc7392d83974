import pytest

from energybill.tariff import tariff_named


def test_tariff_by_name():
    assert tariff_named(" Sunshine ").export_pence == 15.0


def test_unknown_tariff():
    with pytest.raises(KeyError):
        tariff_named("economy 7")
