from datetime import date

import pytest

from hut.stays import Stay, parse_stays


def test_parse():
    stays = parse_stays("""
Ramblers; 6; 2024-08-02; 2024-08-04
Okafor; 2; 2024-08-03; 2024-08-04
""")
    assert stays[0] == Stay("Ramblers", 6, date(2024, 8, 2), date(2024, 8, 4))
    assert [stay.length for stay in stays] == [2, 1]


def test_same_day_leave_is_an_error():
    with pytest.raises(ValueError):
        parse_stays("Okafor; 2; 2024-08-03; 2024-08-03")
