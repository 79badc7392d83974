from datetime import datetime

import pytest

from walkies.billing import Walk


@pytest.fixture
def week():
    """A week in June 2024 (Monday 10th to Sunday 16th) for three regular clients."""
    return [
        Walk("Patel", datetime(2024, 6, 10, 8, 0), 30),
        Walk("Patel", datetime(2024, 6, 12, 8, 0), 30),
        Walk("Patel", datetime(2024, 6, 14, 8, 0), 30),
        Walk("Morgan", datetime(2024, 6, 11, 12, 30), 60, dogs=2),
        Walk("Morgan", datetime(2024, 6, 13, 12, 30), 45, dogs=2),
        Walk("Lindqvist", datetime(2024, 6, 15, 10, 0), 60),
        Walk("Lindqvist", datetime(2024, 6, 16, 10, 0), 60),
    ]
