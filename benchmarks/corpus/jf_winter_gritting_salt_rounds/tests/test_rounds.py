import pytest

from rounds import GrittingRound
from sites import Site


def test_most_urgent_sites_first(pickup):
    assert [site.name for site in pickup.sites] == [
        "Elm Lodge care home",
        "St Mary's Hospital",
        "Oakfield Primary",
        "Tesco Extra car park",
    ]


def test_paused_contracts_are_not_gritted(pickup):
    assert "Kingsway Business Park" not in [site.name for site in pickup.sites]


def test_salt_for_an_icy_night(pickup):
    assert pickup.salt_tonnes("ice") == 0.45


def test_salt_when_every_contract_is_active():
    gritting = GrittingRound("Northgate depot", [Site("A", 5000, 1), Site("B", 2500, 2)])
    assert gritting.salt_tonnes("frost") == 0.075


def test_loads_for_snow(pickup):
    assert pickup.loads("snow") == [
        ["Elm Lodge care home", "St Mary's Hospital", "Oakfield Primary"],
        ["Tesco Extra car park"],
    ]


def test_unknown_forecast(pickup):
    with pytest.raises(ValueError):
        pickup.salt_tonnes("hail")


def test_site_too_big_for_the_lorry(sites):
    with pytest.raises(ValueError, match="Mary"):
        GrittingRound("Northgate depot", sites, lorry_tonnes=0.2).loads("snow")
