import pytest

from jobs import Job


@pytest.fixture
def business_cards():
    return Job("Hollis & Daughter", "cotton-600", 89, 55, copies=250, colours=2)


@pytest.fixture
def wedding_invites():
    return Job("R. Okafor", "smooth-300", 127, 178, copies=120, colours=1, duplex=True)


@pytest.fixture
def postcards():
    return Job("Gull Cafe", "kraft-350", 148, 105, copies=180)
