from datetime import date, time

import pytest

from gigfees.gigs import Gig


@pytest.fixture
def village_hall():
    return Gig(date(2024, 10, 12), "Abernethy village hall", 10, time(20, 0), time(23, 0))


@pytest.fixture
def wedding():
    return Gig(date(2024, 9, 21), "Kinfauns Castle", 40, time(19, 30), time(23, 0), caller=True)


@pytest.fixture
def hogmanay():
    return Gig(date(2024, 12, 31), "Crieff Hydro", 60, time(21, 0), time(1, 0), players=5, caller=True)
