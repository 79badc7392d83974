import pytest

from mailfilter.rules import parse_rules

RULES = """\
# personal filters
subject ~ ^\\[ci\\] -> Builds
from ~ @github\\.com$ -> GitHub
text ~ \\b(invoice|receipt)\\b -> Finance
to !~ me@example\\.org -> Lists
"""


@pytest.fixture
def rules():
    return parse_rules(RULES)
