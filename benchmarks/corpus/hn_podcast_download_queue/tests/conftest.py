from datetime import date

import pytest

from podcasts.feed import Episode


@pytest.fixture
def episodes():
    return [
        Episode("ep-101", "Pilot", date(2024, 1, 5), 42),
        Episode("ep-102", "Late night stories", date(2024, 1, 12), 55, explicit=True),
        Episode("ep-103", "Interview: the harbour master", date(2024, 1, 19), 95),
        Episode("ep-104", "Listener mail", date(2024, 1, 26), 31),
    ]
