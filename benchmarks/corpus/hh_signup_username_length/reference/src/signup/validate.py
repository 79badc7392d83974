"""Rules for the fields of the sign-up form."""

from __future__ import annotations

RESERVED = {"admin", "root", "support", "help", "system"}


def valid_username(name: str) -> bool:
    """3 to 16 letters, digits or underscores, starting with a letter, and not a reserved name."""
    return (
        3 <= len(name) <= 16
        and name[0].isalpha()
        and all(ch.isalnum() or ch == "_" for ch in name)
        and name.lower() not in RESERVED
    )


def valid_email(address: str) -> bool:
    local, at, domain = address.rpartition("@")
    return bool(at and local and "." in domain.strip(".") and " " not in address)


def password_problems(password: str, username: str) -> list[str]:
    problems = []
    if len(password) < 10:
        problems.append("at least 10 characters")
    if password.isalpha() or password.isdigit():
        problems.append("mix letters with digits or symbols")
    if username and username.lower() in password.lower():
        problems.append("must not contain the username")
    return problems
