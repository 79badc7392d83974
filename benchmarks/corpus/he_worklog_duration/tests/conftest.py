import pytest

LOG = """
# week 10
2024-03-04  website   1:30   fixed the menu
2024-03-04  Billing   45     invoices for February
2024-03-05  website   2h
2024-03-06  billing   1h15m  reminders
"""


@pytest.fixture
def log_text():
    return LOG
