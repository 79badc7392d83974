import pytest

from meter import parse_readings

EXPORT = """timestamp,kwh
2024-03-01T07:00,18234.5
2024-03-01T19:00,18241.0
2024-03-02T07:00,18246.0
2024-03-02T19:30,18255.5
2024-03-03T07:00,18259.0
"""


@pytest.fixture
def readings():
    return parse_readings(EXPORT)
