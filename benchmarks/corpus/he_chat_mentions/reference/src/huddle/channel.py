"""Channels: members, posted messages, and whom a message notifies."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .users import User

MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9_][A-Za-z0-9_.-]*)")


@dataclass(frozen=True)
class Message:
    author: str
    text: str


class Channel:
    def __init__(self, name: str, members: list[User] | None = None) -> None:
        self.name = name
        self.members: list[User] = []
        self.history: list[Message] = []
        for user in members or []:
            self.join(user)

    def join(self, user: User) -> None:
        if user not in self.members:
            self.members.append(user)

    def mentioned(self, text: str) -> list[User]:
        """Members mentioned in text as @handle (in any case), each once, in the order
        first mentioned; @here mentions every active member."""
        found: list[User] = []
        for handle in MENTION.findall(text):
            handle = handle.rstrip(".").lower()
            if handle == "here":
                candidates = [member for member in self.members if member.active]
            else:
                candidates = [member for member in self.members if member.handle.lower() == handle]
            for member in candidates:
                if member not in found:
                    found.append(member)
        return found

    def post(self, author: User, text: str) -> list[str]:
        """Posts a message; returns the e-mail addresses to notify (never the author's)."""
        self.history.append(Message(author.handle, text))
        return [user.email for user in self.mentioned(text) if user.email != author.email]
