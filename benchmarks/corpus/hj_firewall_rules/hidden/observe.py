"""Random rule lists over a few overlapping networks, and random connections."""

import random

from observing import attempt
from firewall.engine import Firewall
from firewall.rules import parse_rules

NETWORKS = ["any", "10.0.0.0/8", "10.1.0.0/16", "10.1.2.0/24", "192.168.0.0/16", "192.168.5.0/24", "172.16.0.0/12"]
PORTS = [22, 25, 80, 443, 8080]


def address(rng):
    first = rng.choice([10, 10, 172, 192, 8])
    second = {10: rng.choice([0, 1, 1, 2]), 172: rng.choice([16, 20, 40]), 192: 168, 8: 8}[first]
    third = rng.choice([0, 2, 5, 9])
    return f"{first}.{second}.{third}.{rng.randint(1, 254)}"


def observe():
    rng = random.Random(1812)
    results = []
    fixed = parse_rules("allow 10.1.0.0/16 port 22\ndeny 10.0.0.0/8 port 22\nallow any port 443\ndeny 192.168.5.0/24\nallow 192.168.0.0/16")
    for default in ("deny", "allow"):
        firewall = Firewall(fixed, default)
        for addr in ("10.1.0.1", "10.2.0.1", "192.168.5.5", "192.168.6.6", "8.8.8.8", "300.1.1.1"):
            results.append([attempt(firewall.decide, addr, port) for port in PORTS])
        results.append((dict(firewall.hits), firewall.unused_rules()))
    for _ in range(100):
        lines = []
        for _ in range(rng.randint(0, 7)):
            port = f" port {rng.choice(PORTS)}" if rng.random() < 0.5 else ""
            lines.append(f"{rng.choice(['allow', 'deny'])} {rng.choice(NETWORKS)}{port}")
        firewall = Firewall(parse_rules("\n".join(lines)), rng.choice(["allow", "deny"]))
        connections = [(address(rng), rng.choice(PORTS)) for _ in range(rng.randint(1, 10))]
        decisions = [attempt(firewall.decide, addr, port) for addr, port in connections]
        results.append((decisions, dict(firewall.hits), firewall.unused_rules(), attempt(firewall.allowed, connections[:3])))
    return results
