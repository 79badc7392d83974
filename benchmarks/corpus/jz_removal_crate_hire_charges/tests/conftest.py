from datetime import date

import pytest

from hire import Hire


@pytest.fixture
def office_move():
    return Hire("Harbour Dental", date(2024, 3, 4), 60)


@pytest.fixture
def flat_move():
    return Hire("J. Okafor", date(2024, 3, 11), 12)
