from datetime import date

import pytest

from invoicing import Visit


@pytest.fixture
def march_visits():
    return [
        Visit("St Anne's Primary", date(2024, 3, 18), pianos=2, miles=7),
        Visit("Mrs Okafor", date(2024, 3, 4), pianos=1, miles=3),
        Visit("St Anne's Primary", date(2024, 3, 5), pianos=1, miles=7, pitch_raises=1),
        Visit("Hollins Farm", date(2024, 3, 12), pianos=1, miles=18),
    ]
