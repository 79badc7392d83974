import pytest

from regatta.fleet import parse_entries

ENTRIES = """
2011, Sam Okafor, ILCA 7
1450, Kit Price, Wayfarer
999, Rosa Lind, Topper
3100, Dev Shah, RS Aero 7
"""


@pytest.fixture
def boats():
    return parse_entries(ENTRIES)
