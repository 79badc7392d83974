import pytest

from fleet import FLEET


@pytest.fixture
def franna():
    return FLEET["franna"]


@pytest.fixture
def ltm40():
    return FLEET["ltm40"]
