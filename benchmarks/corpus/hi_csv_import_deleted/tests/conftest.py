import pytest

EXPORT = """\
name,email,status,phone
Ada Byron,ada@example.org,active,+44 20 7946 0000
Grace Hopper,GRACE@navy.example.mil,,
 ,nobody@example.org,active,
Alan Turing,alan@example,active,
Ada B.,ada@example.org,inactive,
Edsger Dijkstra,ewd@example.nl,Inactive,020-555-0134
"""


@pytest.fixture
def export():
    return EXPORT
