from datetime import date

from bigtop.registers import aerial_register, call_backs, ground_register
from bigtop.students import Student

SATURDAY = date(2025, 3, 8)

IVY = Student("Ivy", date(2016, 5, 1), True, "S", ("aerial", "ground"))
OSKAR = Student("Oskar", date(2017, 3, 9), True, "XS", ("aerial",))  # 8 tomorrow
MAE = Student("Mae", date(2012, 11, 2), False, "M", ("aerial", "ground"))
TOBY = Student("Toby", date(2019, 6, 30), True, None, ("ground",))


def test_aerial_register():
    assert aerial_register([IVY, OSKAR, MAE, TOBY], SATURDAY) == ["Ivy"]


def test_aerial_needs_a_harness():
    no_harness = Student("Ivy", date(2016, 5, 1), True, None, ("aerial",))
    assert aerial_register([no_harness], SATURDAY) == []


def test_ground_register_needs_a_waiver():
    assert ground_register([IVY, MAE], SATURDAY) == ["Ivy"]


def test_young_jugglers_need_no_harness():
    assert ground_register([IVY, TOBY], SATURDAY) == ["Ivy", "Toby"]


def test_too_young_for_ground_skills():
    baby = Student("Wren", date(2020, 4, 1), True, None, ("ground",))
    assert ground_register([baby], SATURDAY) == []


def test_call_backs():
    assert call_backs([IVY, OSKAR, MAE], SATURDAY) == [("Oskar", "aerial"), ("Mae", "aerial"), ("Mae", "ground")]
