import pytest

from creel.rules import parse_rules

RULES = """\
# species, minimum length (cm), daily bag, closed months
trout, 25, 4, 10 11 12 1 2
pike, 60, 1, 3 4 5
perch, 0, 20,
"""


@pytest.fixture
def rules():
    return parse_rules(RULES)
