"""Access log lines in the common log format:

    203.0.113.9 - - [12/Mar/2024:10:04:51 +0000] "GET /pricing HTTP/1.1" 200 5120
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LINE = re.compile(r'(?P<ip>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<size>\d+|-)')


@dataclass(frozen=True)
class Hit:
    ip: str
    method: str
    path: str
    status: int
    size: int


def parse_line(line: str) -> Hit | None:
    match = LINE.match(line)
    if match is None:
        return None
    size = match["size"]
    path = match["path"].split("?", 1)[0]
    return Hit(match["ip"], match["method"], path, int(match["status"]), 0 if size == "-" else int(size))


def parse_log(lines: list[str]) -> list[Hit]:
    return [hit for hit in map(parse_line, lines) if hit is not None]
