import pytest

from evcharge.sessions import parse_session


@pytest.fixture
def march_log():
    return [
        parse_session("2024-03-04 17:00 | 2024-03-04 18:00 | 7.0"),
        parse_session("2024-03-04 22:00 | 2024-03-05 06:00 | 7.0"),
    ]
