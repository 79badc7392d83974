import pytest

from cinema.hall import Hall

PLAN = """
A: XX....XX
B: ..XXX...
C: X.......
D: XXXXXXX.
"""


@pytest.fixture
def hall():
    return Hall(PLAN)
