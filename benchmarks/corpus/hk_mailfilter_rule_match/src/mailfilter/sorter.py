from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from .rules import Rule

INBOX = "Inbox"


def folder_for(message: Mapping[str, str], rules: list[Rule]) -> str:
    """The folder of the first rule that matches; unmatched mail stays in the inbox."""
    for rule in rules:
        if rule.matches(message):
            return rule.folder
    return INBOX


def sort_mail(messages: list[Mapping[str, str]], rules: list[Rule]) -> dict[str, int]:
    return dict(Counter(folder_for(message, rules) for message in messages))
