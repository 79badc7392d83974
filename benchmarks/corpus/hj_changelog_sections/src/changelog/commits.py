"""Conventional commit subjects: "type(scope)!: summary"."""

from __future__ import annotations

import re
from dataclasses import dataclass

SUBJECT = re.compile(r"^(?P<kind>[a-z]+)(?:\((?P<scope>[\w./-]+)\))?(?P<bang>!)?: (?P<summary>.+)$")


@dataclass(frozen=True)
class Commit:
    kind: str
    scope: str | None
    breaking: bool
    summary: str


def parse_subject(subject: str) -> Commit | None:
    """The commit, or None for subjects that do not follow the convention
    (merges, reverts, "wip")."""
    match = SUBJECT.match(subject.strip())
    if match is None:
        return None
    return Commit(match["kind"], match["scope"], bool(match["bang"]), match["summary"].strip())


def parse_log(text: str) -> list[Commit]:
    """`git log --format=%s` output, newest first."""
    commits = (parse_subject(line) for line in text.splitlines() if line.strip())
    return [commit for commit in commits if commit is not None]
