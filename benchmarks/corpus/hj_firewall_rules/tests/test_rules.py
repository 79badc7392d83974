import ipaddress

import pytest

from firewall.rules import Rule, parse_rule


def test_parse_rule():
    assert parse_rule("deny 10.0.0.0/8 port 22") == Rule("deny", ipaddress.ip_network("10.0.0.0/8"), 22)


def test_bad_action():
    with pytest.raises(ValueError):
        parse_rule("drop 10.0.0.0/8")


def test_rules_file(rules):
    assert [rule.action for rule in rules] == ["allow", "deny", "allow", "deny", "allow"]
