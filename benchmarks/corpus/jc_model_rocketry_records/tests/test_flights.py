from datetime import date

import pytest

from rocketry.flights import Flight, high_power, parse_log

LOG = """
# Sunday 14 April, Hollins Farm
2024-04-14 | Priya | Skylark | C6-5 | 212 | yes
2024-04-14 | Dan | Big Bertha | D12-5 | - | yes

2024-04-14 | Priya | Skylark II | F15-4 | 640 | no
"""


def test_parse_log():
    flights = parse_log(LOG)
    assert len(flights) == 3
    assert flights[0] == Flight(date(2024, 4, 14), "Priya", "Skylark", "C6-5", 212, True)
    assert flights[1].altitude_m is None
    assert flights[2].recovered is False


def test_motor_class():
    assert parse_log(LOG)[2].motor_class == "F"


def test_bad_line_is_reported_with_its_number():
    with pytest.raises(ValueError, match="line 2"):
        parse_log("2024-04-14 | Priya | Skylark | C6-5 | 212 | yes\n2024-04-14 | Dan | D12-5 | yes")


def test_high_power():
    flights = parse_log("2024-05-05 | Gwen | Nightjar | H128-M | 1210 | yes\n2024-05-05 | Gwen | Dart | G40-7 | 800 | yes")
    assert [high_power(f) for f in flights] == [True, False]
