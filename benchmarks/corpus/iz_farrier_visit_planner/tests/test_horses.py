from datetime import date

import pytest

from farrier.horses import parse_horse


def test_parse(horses):
    bramble, pepper, *_, old_tom, biscuit = horses
    assert bramble.shod and bramble.last_visit == date(2024, 4, 22)
    assert not pepper.shod and pepper.interval_weeks() == 8
    assert old_tom.retired and not old_tom.shod
    assert biscuit.last_visit is None


def test_unknown_kind():
    with pytest.raises(ValueError):
        parse_horse("Bramble | Hill Farm | unshod | 2024-04-22")
