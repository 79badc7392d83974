import pytest

from freight.parcels import Parcel, loading_order, parse_manifest


def test_parse_manifest():
    text = "# monday\nP-1 12.5\nP-2 3 express  # fragile\n\nP-3 40"
    assert parse_manifest(text) == [Parcel("P-1", 12.5), Parcel("P-2", 3.0, True), Parcel("P-3", 40.0)]


def test_weight_must_be_positive():
    with pytest.raises(ValueError):
        parse_manifest("P-1 0")


def test_loading_order():
    parcels = [Parcel("a", 5), Parcel("b", 20), Parcel("c", 1, True), Parcel("d", 20)]
    assert [p.ref for p in loading_order(parcels)] == ["c", "b", "d", "a"]
