import pytest

from results import parse_results


@pytest.fixture
def block_a():
    return ["Margaret", "Hugh", "Alison", "Derek"]


@pytest.fixture
def first_week(block_a):
    return parse_results(
        """
        # Block A, week 1
        Margaret bt Hugh +17
        Alison bt Derek +4T
        Hugh bt Derek +9
        """
    )
