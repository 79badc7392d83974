from decimal import Decimal

import pytest

from parcelquote.quote import Parcel, chargeable_weight, price
from parcelquote.rates import ParcelRejected


def test_small_parcel():
    assert price(Parcel(Decimal("0.4"), 20, 15, 5)) == Decimal("4.20")


def test_weight_on_the_band_limit():
    assert price(Parcel(Decimal("2"), 30, 20, 10)) == Decimal("5.90")


def test_bulky_parcel_is_charged_by_volume():
    parcel = Parcel(Decimal("1.5"), 50, 40, 30)
    assert chargeable_weight(parcel) == Decimal("12")
    assert price(parcel) == Decimal("19.95")


def test_express():
    assert price(Parcel(Decimal("4.2"), 40, 30, 20, express=True)) == Decimal("13.13")


def test_too_heavy():
    with pytest.raises(ParcelRejected):
        price(Parcel(Decimal("20.5"), 40, 30, 20))


def test_too_long():
    with pytest.raises(ParcelRejected):
        price(Parcel(Decimal("1"), 130, 10, 10))
