from datetime import date

import pytest

from parking.permits import parse_permit


def test_parse_permit():
    permit = parse_permit("P-2001; lm07 abc ; z4, Z5 ; 2024-02-01; 2024-02-29")
    assert permit.plate == "LM07ABC"
    assert permit.zones == {"Z4", "Z5"}
    assert permit.end == date(2024, 2, 29)


def test_permit_must_end_after_it_starts():
    with pytest.raises(ValueError):
        parse_permit("P-2002; LM07ABC; Z4; 2024-03-01; 2024-02-01")


def test_find_any_spelling_of_plate(registry):
    assert registry.find("ab12 cde", "Z3", date(2024, 5, 1)).number == "P-1001"


def test_no_permit_after_it_ends(registry):
    assert registry.find("KT19XYZ", "Z2", date(2025, 3, 1)) is None


def test_permit_only_covers_its_zones(registry):
    assert registry.find("KT19XYZ", "Z1", date(2024, 4, 2)) is None
    assert registry.find("AB12CDE", "Z2", date(2024, 5, 1)) is None
    assert registry.find("AB12CDE", "Z2", date(2024, 8, 1)).number == "P-1003"
