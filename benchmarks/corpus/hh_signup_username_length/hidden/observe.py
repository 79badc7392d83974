"""Usernames of every length and random alphabets, alone and in whole forms."""

import random
import string

from observing import attempt
from signup.forms import form_errors
from signup.validate import valid_username

EDGE = ["", "a", "ab", "abc", "a" * 15, "a" * 16, "a" * 17, "a" * 40, "_ab", "1ab", "ab_", "a-b", "root",
        "ROOT", "roots", "é_b", "ab cd", "x1", "x12", "abcdefghijklmnop", "abcdefghijklmnopq"]
ALPHABET = string.ascii_letters + string.digits + "____-. "


def observe():
    rng = random.Random(4451)
    results = [attempt(valid_username, name) for name in EDGE]
    for _ in range(200):
        name = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 22)))
        results.append((name, attempt(valid_username, name)))
    for name in EDGE[:10]:
        form = {"username": name, "email": "someone@example.org", "password": "blue-kettle-42"}
        results.append(attempt(form_errors, form, {"abc"}))
    return results
