import pytest

from weatherlog.readings import load

LINES = [
    "2024-07-01T06:00, 14.2, 88",
    "2024-07-01T09:00, 19.0, 70",
    "2024-07-01T12:00, 23.5, 55",
    "",
    "2024-07-01T15:00, 17.1, 80",
    "2024-07-01T18:00, 16.4, 82",
    "2024-07-02T06:00, 12.9, 91",
]


@pytest.fixture
def readings():
    return load(LINES)
