import pytest

from badgedesk.registrations import parse_registrations

EXPORT = """\
code;first;last;company;ticket
K7Q2;Ada;Okafor;Brightwave;speaker
M3X9;Lars;Holm;Brightwave;attendee
P0D4;Mei;Tanaka;Nordlys;attendee
Z8B1;Jonas;van Dijk;;student
"""


@pytest.fixture
def registrations():
    return parse_registrations(EXPORT)
