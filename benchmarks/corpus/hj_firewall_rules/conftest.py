import pytest

from firewall.rules import parse_rules

RULES = """\
# office firewall, first match wins
allow 10.1.0.0/16 port 22
deny  10.0.0.0/8  port 22
allow any         port 443
deny  192.168.5.0/24
allow 192.168.0.0/16
"""


@pytest.fixture
def rules():
    return parse_rules(RULES)
