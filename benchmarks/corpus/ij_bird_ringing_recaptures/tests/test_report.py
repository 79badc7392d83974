from ringing.records import read_export
from ringing.report import Recapture, by_species, fattening, recapture_report

EXPORT = """ring,species,date,wing,weight
AX101,Sedge Warbler,2023-07-28,65,11.2
AX102,Reed Warbler,2023-07-28,66,12.0
AX103,Blue Tit,2023-07-28,63,11.0
AX101,Sedge Warbler,2023-08-07,65,13.8
AX104,Wren,2023-07-29,47,
AX102,Reed Warbler,2023-08-04,66,12.9
AX104,Wren,2023-08-10,47,9.5
AX101,Sedge Warbler,2023-08-17,66,16.4
"""


def test_birds_caught_once_are_left_out():
    rings = [row.ring for row in recapture_report(read_export(EXPORT))]
    assert rings == ["AX101", "AX102", "AX104"]


def test_sedge_warbler_fuelling_up():
    row = recapture_report(read_export(EXPORT))[0]
    assert row == Recapture("AX101", "Sedge Warbler", 3, 20, 5.2, 0.26)


def test_weight_needs_two_weighings():
    row = recapture_report(read_export(EXPORT))[2]
    assert row.weight_change_g is None and row.grams_per_day is None
    assert row.days_since_ringing == 12


def test_fattening_birds():
    assert fattening(recapture_report(read_export(EXPORT))) == ["AX101"]


def test_counts_by_species():
    assert by_species(recapture_report(read_export(EXPORT))) == {"Sedge Warbler": 1, "Reed Warbler": 1, "Wren": 1}


def test_a_blue_tit_that_lost_weight():
    export = EXPORT + "AX103,Blue Tit,2023-08-03,63,10.1\n"
    rows = recapture_report(read_export(export))
    blue_tit = next(row for row in rows if row.ring == "AX103")
    assert blue_tit.weight_change_g == -0.9
    assert blue_tit.grams_per_day == -0.15


def test_birds_losing_weight_are_not_fattening():
    export = """ring,species,date,wing,weight
AX201,Willow Warbler,2023-08-01,68,9.9
AX201,Willow Warbler,2023-08-03,68,8.7
AX202,Willow Warbler,2023-08-01,67,8.4
AX202,Willow Warbler,2023-08-03,67,9.0
"""
    assert fattening(recapture_report(read_export(export))) == ["AX202"]
