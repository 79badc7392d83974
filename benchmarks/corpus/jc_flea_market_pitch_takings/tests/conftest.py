import pytest

from fleamarket.pitches import read_plan


@pytest.fixture
def plan():
    return read_plan(
        """
        1 table
        2 table
        3 car
        4 car
        5 van
        """
    )
