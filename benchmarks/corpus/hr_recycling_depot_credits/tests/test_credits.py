import pytest

from depot.credits import credit_for, credits_by_member, kg_by_material, leaderboard
from depot.dropoffs import parse_line, parse_log


def test_parse_line():
    drop = parse_line("2024-04-02 m044 ALU 2.2")
    assert (drop.member, drop.material, drop.kg) == ("m044", "metal", 2.2)
    with pytest.raises(ValueError):
        parse_line("2024-04-02 m044 wood 2.2")


def test_credit_for_whole_credits():
    assert credit_for(parse_line("2024-04-02 m017 glass 6.5")) == 13
    assert credit_for(parse_line("2024-04-02 m017 plastic 0.3")) == 0


def test_credits_by_member(week):
    assert credits_by_member(week) == {"m017": 16, "m044": 15}


def test_daily_cap():
    log = parse_log("2024-04-05 m017 metal 6\n2024-04-05 m017 glass 6")
    assert credits_by_member(log) == {"m017": 40}


def test_cap_is_per_day(week):
    log = week + parse_log("2024-04-09 m044 metal 9\n2024-04-10 m044 metal 2")
    assert credits_by_member(log)["m044"] == 65
    assert leaderboard(log, top=1) == [("m044", 65)]


def test_kg_by_material(week):
    assert kg_by_material(week) == {"glass": 6.5, "paper": 3.0, "metal": 2.2, "plastic": 1.5}
