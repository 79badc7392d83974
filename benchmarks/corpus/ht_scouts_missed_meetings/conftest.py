import pytest

from troop.members import parse_members

MEMBERS = """\
Ada Lindqvist, eagles
Bea Okafor, eagles
Carl Mendes, foxes
Dev Raman, owls
Eli Novak, otters
"""


@pytest.fixture
def members():
    return parse_members(MEMBERS)
