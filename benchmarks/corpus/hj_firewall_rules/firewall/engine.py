"""Deciding connections against the rule list, and counting which rule decided."""

from __future__ import annotations

import ipaddress
from collections import Counter

from firewall.rules import Rule


class Firewall:
    def __init__(self, rules: list[Rule], default: str = "deny") -> None:
        self.rules = rules
        self.default = default
        self.hits: Counter = Counter()  # rule number (from 1) or "default" -> connections

    def decide(self, address: str, port: int) -> str:
        """The action of the first rule matching the connection, else the default."""
        ip = ipaddress.ip_address(address)
        for number, rule in enumerate(self.rules, 1):
            if rule.matches(ip, port):
                self.hits[number] += 1
        self.hits["default"] += 1
        return self.default

    def allowed(self, connections: list[tuple[str, int]]) -> list[tuple[str, int]]:
        return [(address, port) for address, port in connections if self.decide(address, port) == "allow"]

    def unused_rules(self) -> list[int]:
        return [number for number in range(1, len(self.rules) + 1) if not self.hits[number]]
