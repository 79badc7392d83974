from datetime import date

import pytest

from roastery.batches import Batch
from roastery.warehouse import Roastery


@pytest.fixture
def roastery():
    return Roastery([
        Batch("B-101", "Huila", date(2024, 9, 2), bags=12),
        Batch("B-102", "Yirgacheffe", date(2024, 9, 20), bags=8),
        Batch("B-103", "Sumatra", date(2024, 9, 25), bags=10),
        Batch("B-104", "Huila", date(2024, 9, 26), bags=6),
        Batch("B-099", "Cerrado", date(2024, 8, 30), bags=4, shipped=True),
    ])
