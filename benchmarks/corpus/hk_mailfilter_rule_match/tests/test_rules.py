import pytest

from mailfilter.rules import Rule, parse_rule
from mailfilter.sorter import folder_for, sort_mail


def test_parse_rule():
    assert parse_rule("subject !~ hello world -> Other") == Rule("subject", "hello world", "Other", True)
    with pytest.raises(ValueError):
        parse_rule("date ~ 2024 -> Old")


def test_anchored_subject(rules):
    message = {"from": "ci@build.example.org", "to": "me@example.org", "subject": "[CI] main passed"}
    assert folder_for(message, rules) == "Builds"


def test_sender_domain(rules):
    message = {"from": "notifications@github.com", "to": "me@example.org", "subject": "New issue"}
    assert folder_for(message, rules) == "GitHub"


def test_word_in_body(rules):
    message = {"from": "shop@example.com", "to": "me@example.org", "subject": "Thanks for your order",
               "body": "Hello,\nyour receipt is attached."}
    assert folder_for(message, rules) == "Finance"


def test_mailing_list_and_inbox(rules):
    assert folder_for({"from": "a@b.org", "to": "python-dev@lists.example.net", "subject": "x"}, rules) == "Lists"
    assert folder_for({"from": "mum@example.org", "to": "me@example.org", "subject": "Sunday"}, rules) == "Inbox"


def test_sort_mail(rules):
    messages = [
        {"from": "ci@build.example.org", "to": "me@example.org", "subject": "[ci] nightly failed"},
        {"from": "mum@example.org", "to": "Me@Example.org", "subject": "Invoice for the boat"},
        {"from": "mum@example.org", "to": "me@example.org", "subject": "Dinner"},
    ]
    assert sort_mail(messages, rules) == {"Builds": 1, "Finance": 1, "Inbox": 1}
