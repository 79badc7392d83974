import pytest

from pools.sheet import Bout, parse_bout, parse_sheet


def test_parse_bout():
    assert parse_bout("Ames 5-3 Baker") == Bout("Ames", 5, 3, "Baker")
    assert parse_bout("  de la Cruz 2 - 5 Ames ") == Bout("de la Cruz", 2, 5, "Ames")


def test_no_level_bouts():
    with pytest.raises(ValueError):
        parse_bout("Ames 4-4 Baker")


def test_not_a_bout():
    with pytest.raises(ValueError):
        parse_bout("Ames beat Baker")


def test_parse_sheet_skips_blank_lines():
    assert len(parse_sheet("Ames 5-3 Baker\n\nBaker 5-1 Chen\n")) == 2
