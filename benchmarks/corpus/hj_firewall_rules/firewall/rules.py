"""Rule files: "allow|deny NETWORK [port N]" per line, NETWORK a CIDR block or "any"."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

ANY = ipaddress.ip_network("0.0.0.0/0")


@dataclass(frozen=True)
class Rule:
    action: str
    network: ipaddress.IPv4Network
    port: int | None = None

    def matches(self, address: ipaddress.IPv4Address, port: int) -> bool:
        return address in self.network and (self.port is None or self.port == port)


def parse_rule(line: str) -> Rule:
    words = line.split()
    if len(words) not in (2, 4) or words[0] not in ("allow", "deny"):
        raise ValueError(f"bad rule: {line!r}")
    network = ANY if words[1] == "any" else ipaddress.ip_network(words[1])
    port = None
    if len(words) == 4:
        if words[2] != "port" or not 0 < int(words[3]) < 65536:
            raise ValueError(f"bad port in {line!r}")
        port = int(words[3])
    return Rule(words[0], network, port)


def parse_rules(text: str) -> list[Rule]:
    lines = (line.split("#")[0].strip() for line in text.splitlines())
    return [parse_rule(line) for line in lines if line]
