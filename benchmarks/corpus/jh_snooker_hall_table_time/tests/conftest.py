import pytest

from hall import Hall, Table


@pytest.fixture
def hall():
    return Hall([
        Table(1, "snooker"),
        Table(2, "snooker"),
        Table(3, "snooker"),
        Table(4, "pool"),
        Table(5, "pool"),
    ])
