"""Rule matches and folders for edge-case and random messages and rule sets."""

import random

from observing import attempt
from mailfilter.rules import Rule, parse_rule
from mailfilter.sorter import folder_for, sort_mail

RULE_LINES = [
    r"subject ~ ^\[ci\] -> Builds",
    r"subject ~ \[ci\] -> Builds",
    r"from ~ @github\.com$ -> GitHub",
    r"from ~ github -> GitHub",
    r"text ~ \b(invoice|receipt)\b -> Finance",
    r"body ~ unsubscribe -> Promotions",
    r"body ~ ^-- $ -> Signed",
    r"to !~ me@example\.org -> Lists",
    r"subject !~ . -> No subject",
    r"text ~ a.b -> Dots",
    r"from ~ ^mum@ -> Family",
]
WORDS = ["hello", "[ci]", "[CI]", "invoice", "Receipt", "invoices", "unsubscribe", "-- ", "a.b", "axb",
         "github", "GitHub.com", "mum@example.org", "", "me@example.org", "news"]
SENDERS = ["notifications@github.com", "github@example.org", "mum@example.org", "shop@example.com",
           "ci@build.example.org", "noreply@GITHUB.COM", ""]
RECIPIENTS = ["me@example.org", "ME@EXAMPLE.ORG", "list@lists.example.net", "other@example.org, me@example.org", ""]


def observe():
    rng = random.Random(1902)
    results = []
    rules = [parse_rule(line) for line in RULE_LINES]
    edge = [
        {},
        {"subject": ""},
        {"subject": "x [ci] y"},
        {"body": "line one\n-- \nsig"},
        {"body": "first\nunsubscribe here"},
        {"subject": "Re: invoice"},
        {"from": "Mum@example.org"},
        {"from": "my mum@example.org"},
        {"to": "me@example.org"},
        {"text": "invoice"},
    ]
    for message in edge:
        results.append([attempt(rule.matches, message) for rule in rules])
    results.append(attempt(Rule("body", "^b", "X").matches, {"body": "a\nb"}))
    for _ in range(100):
        message = {
            "from": rng.choice(SENDERS),
            "to": rng.choice(RECIPIENTS),
            "subject": " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 4))),
            "body": "\n".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(0, 3))),
        }
        if rng.random() < 0.1:
            del message["body"]
        chosen = rng.sample(rules, rng.randint(0, len(rules)))
        results.append([attempt(rule.matches, message) for rule in rules])
        results.append(attempt(folder_for, message, chosen))
    messages = [{"from": rng.choice(SENDERS), "to": rng.choice(RECIPIENTS), "subject": rng.choice(WORDS)} for _ in range(40)]
    results.append(attempt(sort_mail, messages, rules))
    return results
