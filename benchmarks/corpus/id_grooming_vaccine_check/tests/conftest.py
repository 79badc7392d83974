from datetime import date

import pytest

from pets import Pet, Vaccination


@pytest.fixture
def biscuit():
    return Pet("Biscuit", "dog", 8.5, [
        Vaccination("rabies", date(2023, 5, 2), date(2026, 5, 2)),
        Vaccination("distemper", date(2023, 5, 2), date(2024, 5, 2)),
        Vaccination("kennel cough", date(2024, 1, 10), date(2025, 1, 10)),
    ])


@pytest.fixture
def miso():
    return Pet("Miso", "cat", 4.2, [
        Vaccination("rabies", date(2022, 9, 1), date(2025, 9, 1)),
        Vaccination("feline flu", date(2021, 9, 1)),
    ])
