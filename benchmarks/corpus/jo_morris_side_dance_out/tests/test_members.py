from datetime import date

import pytest

from morris.members import Member, parse_members


def test_parse_members(members):
    assert len(members) == 9
    assert members[0] == Member(
        "Alice Marsh", 1994, {"Bean Setting", "Constant Billy", "Shepherd's Hey"}, "melodeon", set()
    )
    assert members[2].away == {date(2024, 6, 1), date(2024, 8, 10)}


def test_line_with_a_field_missing():
    with pytest.raises(ValueError, match="line 1"):
        parse_members("Tom Hale | 1998 | Bean Setting |")
