from datetime import date

import pytest

from training.kennel import Dog, Kennel


@pytest.fixture
def kennel():
    return Kennel(
        [
            Dog("Bramble", "Ann Price", date(2023, 9, 2)),
            Dog("Juno", "Tom Kerr", date(2023, 10, 15)),
            Dog("Pip", "Ann Price", date(2024, 1, 6)),
        ]
    )


@pytest.fixture
def log_text():
    return """# Ann's log, week of 4 March
2024-03-04, Bramble, kerbs, 20
2024-03-04, Pip, recall, 10
2024-03-05, Bramble, cafe, 45
2024-03-06, bramble, Steps, 15
"""
