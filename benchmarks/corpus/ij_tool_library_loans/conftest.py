from datetime import date

import pytest

from toollib.members import Member, Tool


@pytest.fixture
def today():
    return date(2024, 5, 14)


@pytest.fixture
def drill():
    return Tool("D-04", "Cordless drill", power=True)


@pytest.fixture
def ladder():
    return Tool("L-01", "Step ladder")


@pytest.fixture
def spade():
    return Tool("G-11", "Border spade")


@pytest.fixture
def member():
    """A paid-up member who has not done the power tool induction yet."""
    return Member("Gwen Hughes", expires=date(2024, 12, 31))
