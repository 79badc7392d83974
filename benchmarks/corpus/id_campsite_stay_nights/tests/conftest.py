from decimal import Decimal

import pytest

from pitches import Pitch


@pytest.fixture
def tent_pitch():
    return Pitch(12, "tent", Decimal("14.00"))


@pytest.fixture
def caravan_pitch():
    return Pitch(3, "caravan", Decimal("22.00"), included_guests=4, electric=True)
