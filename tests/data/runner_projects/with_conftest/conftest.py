import pytest


@pytest.fixture
def factor():
    return 2
