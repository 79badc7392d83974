import pytest

from hostdesk.floor import Table, parse_floor


def test_parse_floor(tables):
    assert tables[0] == Table("T1", 2)
    assert tables[4] == Table("T5", 4, accessible=True)


def test_unknown_flag():
    with pytest.raises(ValueError):
        parse_floor("T7 4 window")
