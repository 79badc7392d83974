"""Checking a submitted sign-up form."""

from __future__ import annotations

from .validate import password_problems, valid_email, valid_username


def form_errors(form: dict[str, str], taken: set[str]) -> dict[str, list[str]]:
    """Field -> what is wrong with it; empty when the form can be accepted."""
    errors: dict[str, list[str]] = {}
    username = form.get("username", "").strip()
    if not valid_username(username):
        errors["username"] = ["3 to 16 letters, digits or _, starting with a letter"]
    elif username.lower() in taken:
        errors["username"] = ["already taken"]
    if not valid_email(form.get("email", "")):
        errors["email"] = ["not an email address"]
    problems = password_problems(form.get("password", ""), username)
    if problems:
        errors["password"] = problems
    return errors
