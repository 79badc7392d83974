import pytest


@pytest.fixture
def spot():
    """This morning's prices per gram of pure metal."""
    return {"gold": 60.00, "silver": 0.80, "platinum": 26.00}
