import pytest

from signatures import plan_signatures


@pytest.fixture
def pamphlet():
    """A 12 page poetry pamphlet: one signature of three sheets."""
    return plan_signatures(12)


@pytest.fixture
def notebook():
    """A 32 page notebook: two signatures of four sheets."""
    return plan_signatures(32)
