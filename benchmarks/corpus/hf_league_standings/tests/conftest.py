import pytest

from league.results import parse_results

RESULTS = """
# matchday 1
Rovers 2-1 United
Athletic 0-0 City
# matchday 2
United 3-0 Athletic
City 1-3 Rovers
# matchday 3
Rovers 1-1 Athletic
City 2-0 United
"""


@pytest.fixture
def matches():
    return parse_results(RESULTS)
