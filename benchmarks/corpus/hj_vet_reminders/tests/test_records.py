import datetime

from vetclinic.records import Owner, Pet
from vetclinic.vaccines import next_due


def test_record_shot_keeps_latest():
    pet = Pet("Rex", "dog", Owner("A", "a@example.org"))
    pet.record_shot("rabies", datetime.date(2023, 3, 1))
    pet.record_shot("rabies", datetime.date(2022, 3, 1))
    assert pet.shots == {"rabies": datetime.date(2023, 3, 1)}


def test_next_due():
    assert next_due("leptospirosis", datetime.date(2023, 9, 1)) == datetime.date(2024, 8, 31)
