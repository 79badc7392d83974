from datetime import date

import pytest

from photobooth.diary import Diary

TODAY = date(2024, 4, 2)


@pytest.fixture
def today():
    return TODAY


@pytest.fixture
def diary():
    diary = Diary(booths=2)
    diary.book("Okafor wedding", date(2024, 6, 8), hours=5)
    diary.book("Lane 40th", date(2024, 6, 8))
    diary.book("Brook School prom", date(2024, 4, 19), hours=4)
    return diary


@pytest.fixture
def wedding(diary):
    return diary.hires[0]
