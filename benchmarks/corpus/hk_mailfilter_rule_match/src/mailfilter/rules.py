"""Filter rules, one a line:  `FIELD ~ PATTERN -> FOLDER`  (or `!~` for "does not contain").

FIELD is a header (from, to, subject) or `text` for the subject and the body
together; PATTERN is a regular expression, matched without regard to case.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

LINE = re.compile(r"(?P<field>[a-z]+)\s+(?P<op>!?~)\s+(?P<pattern>.+?)\s+->\s+(?P<folder>\S.*)")
FIELDS = ("from", "to", "subject", "body", "text")


@dataclass(frozen=True)
class Rule:
    field: str
    pattern: str
    folder: str
    negated: bool = False

    def matches(self, message: Mapping[str, str]) -> bool:
        """Whether the pattern occurs anywhere in the field (for `!~` rules:
        nowhere). A header the message lacks counts as empty."""
        names = ("subject", "body") if self.field == "text" else (self.field,)
        found = any(re.match(self.pattern, message.get(name, ""), re.IGNORECASE) for name in names)
        return found != self.negated


def parse_rule(line: str) -> Rule:
    found = LINE.fullmatch(line.strip())
    if found is None or found["field"] not in FIELDS:
        raise ValueError(f"not a rule: {line!r}")
    re.compile(found["pattern"])  # reject a broken pattern when the rules are loaded
    return Rule(found["field"], found["pattern"], found["folder"].strip(), found["op"] == "!~")


def parse_rules(text: str) -> list[Rule]:
    return [parse_rule(line) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
