"""Lookups that hit the first, a later, or no user."""

from observing import attempt
from mod import find_user


def observe():
    users = [{"name": "ada"}, {"name": "bob", "age": 3}, {"name": "ada", "age": 2}]
    return [attempt(find_user, users[:k], name) for k in range(4) for name in ("ada", "bob", "cy", "")]
