import pytest

from rounds import GrittingRound
from sites import Site


@pytest.fixture
def sites():
    return [
        Site("Tesco Extra car park", 12000, 3),
        Site("St Mary's Hospital", 6000, 1),
        Site("Oakfield Primary", 3000, 2),
        Site("Kingsway Business Park", 8000, 3, active=False),
        Site("Elm Lodge care home", 1500, 1),
    ]


@pytest.fixture
def pickup(sites):
    """The small pickup gritter, half a tonne on the back."""
    return GrittingRound("Northgate depot", sites, lorry_tonnes=0.5)
