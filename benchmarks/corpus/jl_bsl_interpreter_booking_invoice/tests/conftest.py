from datetime import datetime

import pytest

from invoice import Booking, Invoice

TUESDAY = datetime(2024, 10, 8, 10, 0)


@pytest.fixture
def booking():
    """A weekday morning booking for the surgery, changed by keyword."""

    def make(**changes):
        fields = {"client": "Eastgate Surgery", "kind": "medical", "start": TUESDAY, "minutes": 120}
        fields.update(changes)
        return Booking(**fields)

    return make


@pytest.fixture
def october(booking):
    invoice = Invoice("Eastgate Surgery", "INV-2410-07")
    invoice.add(booking(start=datetime(2024, 10, 15, 9, 30), minutes=180, travel_minutes=30, miles=12))
    invoice.add(booking())
    return invoice
