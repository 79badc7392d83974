import pytest

from cafe.clock import parse_time


@pytest.fixture
def at():
    return parse_time
