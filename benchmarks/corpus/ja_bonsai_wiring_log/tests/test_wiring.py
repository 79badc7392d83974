from datetime import date

from bonsai.log import parse_diary
from bonsai.wiring import wire_due_off, wire_report

DIARY = """
2024-03-01 elm-1 wire
2024-03-20 maple-2 prune
2024-04-02 juniper-1 wire     apex
2024-04-20 juniper-1 wire     lower branches, same wiring job
2024-05-10 azalea water
"""


def test_report_for_wired_trees_only():
    report = wire_report(parse_diary(DIARY), date(2024, 5, 15))
    assert sorted(report) == ["elm-1", "juniper-1"]
    assert report["elm-1"] == {"wired_since": date(2024, 3, 1), "last_unwired": None, "weeks_on": 10}


def test_adding_wire_does_not_restart_the_clock():
    report = wire_report(parse_diary(DIARY), date(2024, 5, 15))
    assert report["juniper-1"]["wired_since"] == date(2024, 4, 2)
    assert report["juniper-1"]["weeks_on"] == 6


def test_due_off_longest_first():
    assert wire_due_off(parse_diary(DIARY), date(2024, 6, 1)) == ["elm-1", "juniper-1"]
    assert wire_due_off(parse_diary(DIARY), date(2024, 5, 15)) == ["elm-1"]


def test_unwired_tree_is_not_due():
    diary = DIARY + "2024-05-12 elm-1 unwire   first marks showing\n"
    report = wire_report(parse_diary(diary), date(2024, 6, 1))
    assert report["elm-1"] == {"wired_since": None, "last_unwired": date(2024, 5, 12), "weeks_on": None}
    assert wire_due_off(parse_diary(diary), date(2024, 6, 1)) == ["juniper-1"]


def test_rewired_after_coming_off():
    diary = DIARY + "2024-05-12 elm-1 unwire\n2024-07-01 elm-1 wire   new shoots\n"
    assert wire_due_off(parse_diary(diary), date(2024, 8, 1)) == ["juniper-1"]
    assert wire_report(parse_diary(diary), date(2024, 8, 1))["elm-1"]["wired_since"] == date(2024, 7, 1)
