"""Spans of terms in repetitive and random texts, and the marked text and snippets built on them."""

import random

from observing import attempt
from highlight.render import highlight, snippet
from highlight.spans import find_spans

EDGE = [("", "a"), ("a", "a"), ("aaaa", "aa"), ("aaaaa", "aa"), ("abababa", "aba"), ("AbAb", "ab"),
        ("x", "xx"), ("banana", "ana"), ("banana", "na"), ("mississippi", "issi"), ("tomato", "TOMATO")]


def observe():
    rng = random.Random(6007)
    results = [attempt(find_spans, text, term) for text, term in EDGE]
    for _ in range(80):
        alphabet = rng.choice(["ab", "abc", "aA b", "xyz "])
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        term = "".join(rng.choice(alphabet.strip() or "a") for _ in range(rng.randint(1, 3)))
        results.append((text, term, attempt(find_spans, text, term)))
    words = ["tomato", "soup", "basil", "pasta", "Tomato", "roasted", "with", "and", "tomatoes"]
    for _ in range(30):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 20)))
        query = " ".join(rng.sample(["tomato", "soup", "as", "o", "TO", "basil"], rng.randint(1, 3)))
        results.append(attempt(highlight, text, query))
        results.append(attempt(snippet, text, query, rng.choice([10, 25, 40])))
    return results
