from datetime import date

import pytest

from museum.registry import LoanRegistry


@pytest.fixture
def registry():
    registry = LoanRegistry()
    registry.lend("1931.22", "City Gallery", date(2024, 1, 10), date(2024, 6, 30))
    registry.lend("1887.04", "Maritime Museum", date(2024, 3, 1), date(2024, 4, 15))
    registry.lend("2002.117", "University Library", date(2024, 2, 1), date(2024, 9, 1))
    return registry
