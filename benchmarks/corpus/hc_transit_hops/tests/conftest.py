import pytest

from transit.network import Network

LINES = """
# trams
7: Central - Museum - Park - Zoo - Harbour
9: Central - Station - Zoo   # the express
# bus
21: Park - Hospital
"""


@pytest.fixture
def network():
    return Network.from_text(LINES)
