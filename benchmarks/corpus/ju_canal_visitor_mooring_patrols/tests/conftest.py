import pytest

from moorings import PatrolBook


@pytest.fixture
def book():
    return PatrolBook({"Bridge 62": 14, "Foxton Bottom Lock": 2, "Market Harborough Basin": 7})
