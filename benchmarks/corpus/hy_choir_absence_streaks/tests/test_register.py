import pytest

from register import AttendanceRegister


def make(weeks):
    register = AttendanceRegister(["Alto Jo", "Bass Tom", "Sop Mia"])
    for index, (present, apologies) in enumerate(weeks):
        register.record(f"week {index + 1}", set(present), set(apologies))
    return register


def test_sheet():
    register = make([({"Alto Jo", "Sop Mia"}, {"Bass Tom"}), ({"Alto Jo"}, set())])
    assert register.sheet() == ["Alto Jo  //", "Bass Tom A.", "Sop Mia  /."]


def test_attendance_rate():
    register = make([({"Alto Jo"}, set()), (set(), set()), ({"Alto Jo"}, set()), ({"Alto Jo"}, set())])
    assert register.attendance_rate("Alto Jo") == pytest.approx(0.75)
    assert register.attendance_rate("Sop Mia") == 0.0


def test_nobody_flagged_in_a_full_term():
    everyone = {"Alto Jo", "Bass Tom", "Sop Mia"}
    assert make([(everyone, set())] * 6).missed_in_a_row() == {}


def test_three_missed_in_a_row():
    everyone = {"Alto Jo", "Bass Tom", "Sop Mia"}
    register = make([(everyone, set())] + [({"Alto Jo", "Sop Mia"}, set())] * 3)
    assert register.missed_in_a_row() == {"Bass Tom": 3}


def test_apologies_do_not_break_a_run():
    weeks = [({"Alto Jo", "Sop Mia"}, set()), ({"Alto Jo", "Sop Mia"}, {"Bass Tom"}), ({"Alto Jo", "Sop Mia"}, set())]
    assert make(weeks).missed_in_a_row(limit=2) == {"Bass Tom": 2}


def test_occasional_absences_are_not_flagged():
    weeks = [({"Alto Jo", "Bass Tom"}, set()), ({"Alto Jo", "Sop Mia"}, set()), ({"Bass Tom", "Sop Mia"}, set()),
             ({"Alto Jo", "Sop Mia"}, set()), ({"Alto Jo", "Bass Tom", "Sop Mia"}, set()), ({"Sop Mia"}, set())]
    assert make(weeks).missed_in_a_row(limit=2) == {}
