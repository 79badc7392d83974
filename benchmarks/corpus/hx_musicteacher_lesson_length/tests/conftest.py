import pytest

from teaching.diary import Diary


@pytest.fixture
def diary():
    return Diary("Ms Okafor")
