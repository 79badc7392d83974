"""Makerspace members and what they have been signed off to use."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Member:
    name: str
    inductions: set[str] = field(default_factory=set)  # e.g. {"3d-printer", "laser"}
    suspended: bool = False

    def may_use(self, tool: str) -> bool:
        return tool in self.inductions and not self.suspended


class NotInducted(Exception):
    """The member has not been shown how to use the tool."""
