from datetime import date

from recalls import ClinicBook
from vaccines import Course

HEP_B = Course("Okafor", "hep_b", date(2024, 6, 1), [date(2024, 3, 1)])  # second dose due 29 March


def test_recalled_a_week_before_the_dose():
    assert ClinicBook([HEP_B]).recalls(date(2024, 3, 22)) == [("Okafor", "hep_b", 2, date(2024, 3, 29))]


def test_not_recalled_too_early():
    assert ClinicBook([HEP_B]).recalls(date(2024, 3, 21)) == []


def test_overdue_dose_still_recalled():
    assert ClinicBook([HEP_B]).recalls(date(2024, 4, 10)) == [("Okafor", "hep_b", 2, date(2024, 3, 29))]


def test_finished_course_not_recalled():
    done = Course("Lindqvist", "typhoid", date(2024, 4, 12), [date(2024, 3, 30)])
    assert ClinicBook([done]).recalls(date(2024, 4, 1)) == []


def test_traveller_who_has_left_not_recalled():
    assert ClinicBook([HEP_B]).recalls(date(2024, 6, 2)) == []


def test_dose_due_after_departure_not_recalled():
    # rabies before a trekking trip: the third dose would be due on 22 May, after the flight
    rabies = Course("Moreau", "rabies", date(2024, 5, 20), [date(2024, 5, 1), date(2024, 5, 8)])
    assert ClinicBook([rabies, HEP_B]).recalls(date(2024, 5, 16)) == [("Okafor", "hep_b", 2, date(2024, 3, 29))]


def test_doses_to_order():
    book = ClinicBook([HEP_B, Course("Moreau", "rabies", date(2024, 5, 20), [date(2024, 3, 20)])])
    assert book.doses_to_order(date(2024, 3, 25), 7) == {"hep_b": 1, "rabies": 1}
