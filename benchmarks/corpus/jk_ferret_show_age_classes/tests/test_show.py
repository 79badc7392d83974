from datetime import date

import pytest

from show import Ferret, entry_fees, read_entries, show_classes

SHOW_DAY = date(2024, 7, 14)

FORMS = """
name,owner,sex,born
Bramble,Mrs Pike,Jill,2024-03-02
Nutmeg,Mrs Pike,jill,2022-05-20
Captain,Dan Hulme,hob,2018-01-09
Pip,Dan Hulme,H,2023-11-30
"""


def test_read_entries():
    ferrets = read_entries(FORMS)
    assert ferrets[0] == Ferret("Bramble", "Mrs Pike", "j", date(2024, 3, 2))
    assert [f.sex for f in ferrets] == ["j", "j", "h", "h"]


def test_bad_sex_on_form():
    with pytest.raises(ValueError):
        read_entries("name,owner,sex,born\nSocks,Ann,x,2023-01-01")


def test_classes_by_age_and_sex():
    assert show_classes(read_entries(FORMS), SHOW_DAY) == {
        "kit jill": ["Bramble"],
        "adult jill": ["Nutmeg"],
        "veteran hob": ["Captain"],
        "adult hob": ["Pip"],
    }


def test_a_day_short_of_six_months_is_still_a_kit():
    ferret = Ferret("Moss", "Ann", "h", date(2024, 1, 15))
    assert show_classes([ferret], SHOW_DAY) == {"kit hob": ["Moss"]}


def test_six_months_old_on_the_day_is_an_adult():
    ferret = Ferret("Moss", "Ann", "h", date(2024, 1, 14))
    assert show_classes([ferret], SHOW_DAY) == {"adult hob": ["Moss"]}


def test_born_after_the_show():
    with pytest.raises(ValueError):
        show_classes([Ferret("Moss", "Ann", "h", date(2024, 8, 1))], SHOW_DAY)


def test_entry_fees():
    assert entry_fees(read_entries(FORMS)) == {"Mrs Pike": 3.0, "Dan Hulme": 3.0}
