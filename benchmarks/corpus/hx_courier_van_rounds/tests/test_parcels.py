import pytest

from courier.parcels import parse_weight


def test_parse_manifest(parcels):
    assert [p.ref for p in parcels] == ["P101", "P102", "P103", "P104", "P105"]
    assert parcels[2].grams == 4500
    assert parcels[0].postcode == "LS6 3AB"


def test_weights():
    assert parse_weight("750g") == 750
    assert parse_weight("3 KG") == 3000
    with pytest.raises(ValueError):
        parse_weight("3 stone")
