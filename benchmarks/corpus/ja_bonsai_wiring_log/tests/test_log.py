from datetime import date

import pytest

from bonsai.log import Entry, parse_diary, trees

DIARY = """
# spring 2024
2024-03-30 maple-2 prune   cut back to two buds
2024-04-02 juniper-1 wire  heavy copper on the apex
2024-04-02 maple-2 water
"""


def test_parse_diary():
    entries = parse_diary(DIARY)
    assert entries[1] == Entry(date(2024, 4, 2), "juniper-1", "wire", "heavy copper on the apex")
    assert entries[2].note == ""


def test_trees_are_listed_once():
    assert trees(parse_diary(DIARY)) == ["juniper-1", "maple-2"]


def test_unknown_action():
    with pytest.raises(ValueError, match="line 1"):
        parse_diary("2024-04-02 maple-2 sing")
