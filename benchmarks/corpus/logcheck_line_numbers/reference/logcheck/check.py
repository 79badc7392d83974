"""`logcheck FILE`: report every malformed line of a log with its line number."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .rules import problems


@dataclass(frozen=True)
class Finding:
    line: int  # 1-based, as editors count
    message: str


def check_lines(lines: Iterable[str], max_length: int = 120) -> list[Finding]:
    findings = []
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        for message in problems(line, max_length):
            findings.append(Finding(number + 1, message))
    return findings


def summary(findings: list[Finding]) -> str:
    if not findings:
        return "ok"
    lines = sorted({f.line for f in findings})
    return f"{len(findings)} problem(s) on {len(lines)} line(s), first on line {lines[0]}"
