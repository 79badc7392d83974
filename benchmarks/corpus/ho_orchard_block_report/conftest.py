from datetime import date

import pytest

from orchard.picks import Pick


@pytest.fixture
def picks():
    return [
        Pick("Mele", "B1", date(2024, 9, 2), crates=4, gross_kg=90.0),
        Pick("Mele", "B1", date(2024, 9, 3), crates=2, gross_kg=45.0, rejected=0.1),
        Pick("Joss", "B1", date(2024, 9, 3), crates=3, gross_kg=67.5),
        Pick("Joss", "C4", date(2024, 9, 3), crates=5, gross_kg=112.5, rejected=0.2),
    ]
