from datetime import date

import pytest

from cobbler.tickets import Counter

MONDAY = date(2024, 3, 4)


@pytest.fixture
def monday():
    return MONDAY


@pytest.fixture
def counter():
    """Monday morning's tickets: heels for Mrs Hale, half soles for Mr Okafor."""
    counter = Counter()
    counter.take_in("Hale", ["heels"], MONDAY)
    counter.take_in("Okafor", ["half soles", "stitching"], MONDAY)
    return counter
