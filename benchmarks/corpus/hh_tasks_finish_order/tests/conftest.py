import pytest

from worklist.tasks import parse_backlog

BACKLOG = """\
# name | priority | hours | deadline
invoice export | 2 | 6 | 16
login bug | 1 | 3 | 4
dark mode | 4 | 10 | 40
audit log | 2 | 5 | 12
"""


@pytest.fixture
def backlog():
    return parse_backlog(BACKLOG)
