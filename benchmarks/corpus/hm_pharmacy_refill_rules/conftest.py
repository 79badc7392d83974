from datetime import date

import pytest

from pharmacy.prescription import Prescription


@pytest.fixture
def lisinopril():
    return Prescription("RX-1041", "lisinopril 10mg", days_supply=30, refills_left=2,
                        expires=date(2025, 3, 1), fills=[date(2024, 9, 2)])
