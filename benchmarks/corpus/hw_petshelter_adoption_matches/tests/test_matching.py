import datetime

from shelter.animals import Animal, Applicant
from shelter.matching import longest_stays, matches

TODAY = datetime.date(2024, 6, 10)

ANIMALS = [
    Animal("Biscuit", "dog", datetime.date(2024, 5, 2)),
    Animal("Pepper", "dog", datetime.date(2024, 4, 20), good_with_cats=False),
    Animal("Mabel", "cat", datetime.date(2024, 5, 30), good_with_kids=False),
    Animal("Tom", "cat", datetime.date(2024, 6, 1)),
    Animal("Duke", "dog", datetime.date(2024, 6, 6), stray=True),
    Animal("Luna", "dog", datetime.date(2024, 3, 15), reserved=True),
]


def test_longest_waiting_first():
    assert matches(ANIMALS, Applicant("Sam", "cat"), TODAY) == ["Mabel", "Tom"]


def test_reserved_and_held_strays_are_left_out():
    assert matches(ANIMALS, Applicant("Jo", "dog"), TODAY) == ["Pepper", "Biscuit"]
    assert matches(ANIMALS, Applicant("Jo", "dog"), datetime.date(2024, 6, 13)) == ["Pepper", "Biscuit", "Duke"]


def test_family_with_children():
    assert matches(ANIMALS, Applicant("Priya", "cat", has_kids=True), TODAY) == ["Tom"]


def test_household_with_a_cat():
    assert matches(ANIMALS, Applicant("Ola", "dog", has_cats=True), TODAY) == ["Biscuit"]


def test_longest_stays():
    assert longest_stays(ANIMALS, TODAY, 2) == [("Pepper", 51), ("Biscuit", 39)]
