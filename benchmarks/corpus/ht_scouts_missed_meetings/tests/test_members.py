import pytest

from troop.members import Scout, parse_members


def test_parse_members(members):
    assert len(members) == 5
    assert members[2] == Scout("Carl Mendes", "foxes")


def test_unknown_patrol():
    with pytest.raises(ValueError):
        parse_members("Fay Ito, badgers\n")
