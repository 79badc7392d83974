import pytest


@pytest.fixture
def nylon_reels():
    """The 12mm three-strand nylon in the back store, metres left on each reel."""
    return {"N1": 220.0, "N2": 46.5, "N3": 12.0}


@pytest.fixture
def saturday_orders():
    return [("Harbour Master", 30.0), ("Mrs Penrose", 8.0), ("Sea Scouts", 50.0)]
