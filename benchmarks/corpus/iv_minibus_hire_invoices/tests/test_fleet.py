import pytest

from fleet import bus_for, by_reg


def test_smallest_bus_that_fits():
    assert bus_for(8).reg == "YK19 BUS"
    assert bus_for(9).reg == "YK21 MBH"


def test_party_too_big():
    with pytest.raises(LookupError):
        bus_for(17)


def test_empty_party():
    with pytest.raises(ValueError):
        bus_for(0)


def test_by_reg_ignores_spacing_and_case():
    assert by_reg("yk68psv").seats == 16
