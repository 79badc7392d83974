from datetime import date

import pytest

from molecatch.traps import Round


@pytest.fixture
def spring_round():
    """Three gardens on the Monday round, traps down on 4 and 5 March."""
    round_ = Round(check_every_days=2)
    round_.set_trap("Old Rectory", 1, date(2024, 3, 4))
    round_.set_trap("Old Rectory", 2, date(2024, 3, 4))
    round_.set_trap("Mill House", 1, date(2024, 3, 4))
    round_.set_trap("Glebe Farm", 1, date(2024, 3, 5))
    return round_
