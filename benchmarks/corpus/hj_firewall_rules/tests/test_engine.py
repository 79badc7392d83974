from firewall.engine import Firewall


def test_nothing_matches(rules):
    firewall = Firewall(rules)
    assert firewall.decide("8.8.8.8", 80) == "deny"
    assert firewall.hits["default"] == 1


def test_first_match_wins(rules):
    firewall = Firewall(rules)
    assert firewall.decide("10.1.4.4", 22) == "allow"
    assert firewall.decide("10.2.4.4", 22) == "deny"
    assert firewall.decide("192.168.5.9", 443) == "allow"


def test_allowed(rules):
    firewall = Firewall(rules)
    connections = [("192.168.1.7", 8080), ("192.168.5.7", 8080), ("10.9.9.9", 443)]
    assert firewall.allowed(connections) == [("192.168.1.7", 8080), ("10.9.9.9", 443)]


def test_default_allow():
    assert Firewall([], default="allow").decide("1.2.3.4", 25) == "allow"
