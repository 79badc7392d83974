from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    handle: str
    name: str
    email: str
    active: bool = True


def user_from_record(record: dict) -> User:
    """A user from the directory export; the handle defaults to the part of the e-mail before '@'."""
    email = record["email"].strip().lower()
    handle = (record.get("handle") or email.partition("@")[0]).strip()
    return User(handle, record.get("name", handle).strip(), email, record.get("status", "active") == "active")
