import datetime

import pytest

from climbing.members import Member, read_members


def test_read_members(members):
    assert members["ana"] == Member("ana", datetime.date(2024, 12, 31), True, datetime.date(2025, 2, 28))
    assert members["cleo"].belay_checked is False
    assert members["ben"].lead_expires is None


def test_bad_line():
    with pytest.raises(ValueError):
        read_members("eve; 2024-01-01; yes; -")
