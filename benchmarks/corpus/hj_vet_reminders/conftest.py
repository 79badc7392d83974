import datetime

import pytest

from vetclinic.records import Owner, Pet


@pytest.fixture
def today():
    return datetime.date(2024, 5, 10)


@pytest.fixture
def owners():
    return {
        "kim": Owner("Kim Berg", "kim@example.org"),
        "raj": Owner("Raj Patel", "raj@example.org", opted_out=True),
        "lou": Owner("Lou Marsh", ""),
    }


@pytest.fixture
def pets(owners):
    d = datetime.date
    return [
        Pet("Biscuit", "dog", owners["kim"], {"rabies": d(2021, 5, 20), "leptospirosis": d(2023, 9, 1)}),
        Pet("Miso", "cat", owners["raj"], {"feline leukemia": d(2023, 5, 1)}),
        Pet("Pepper", "dog", owners["kim"], {"distemper": d(2021, 1, 5)}, deceased=True),
        Pet("Olive", "cat", owners["lou"], {"rabies": d(2023, 6, 1)}),
    ]
