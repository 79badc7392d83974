from datetime import date

import pytest


@pytest.fixture
def week():
    """The days of the week starting Monday 13 May 2024, by short name."""
    names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    return {name: date(2024, 5, 13 + i) for i, name in enumerate(names)}
