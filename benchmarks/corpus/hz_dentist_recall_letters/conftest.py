from datetime import date

import pytest

from recall.patients import Patient


@pytest.fixture
def today():
    return date(2024, 3, 15)


@pytest.fixture
def patients():
    return [
        Patient("Ann Lee", date(2023, 9, 1)),
        Patient("Bob Marsh", date(2023, 12, 20)),
        Patient("Cath Doyle", date(2023, 3, 10), recall_months=12),
        Patient("Dev Patel", date(2023, 8, 2), next_appointment=date(2024, 3, 28)),
        Patient("Eve Stone", date(2023, 6, 30), opted_out=True),
        Patient("Finn Roe", None),
        Patient("Gail Hart", date(2023, 7, 14), next_appointment=date(2023, 11, 2)),
    ]
