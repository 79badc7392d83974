import pytest

from marina.harbour import Berth, Harbour


@pytest.fixture
def pontoon():
    return Harbour([
        Berth("A1", 8.0, 3.0, 1.8),
        Berth("A2", 10.0, 3.5, 1.5),
        Berth("A3", 10.0, 3.5, 2.2),
        Berth("B1", 14.0, 4.5, 2.8),
    ])
