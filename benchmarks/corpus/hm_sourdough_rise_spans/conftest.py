import pytest

from starter.jar import parse_log

SATURDAY = """\
# jar 2, fed 1:1:1 at 07:00
07:00 41
07:30 40
08:00 38   # settled
08:30 42
09:00 49
09:30 61
10:00 81
10:30 76
11:00 72
11:30 73
12:00 80
12:30 85
"""


@pytest.fixture
def saturday():
    return parse_log(SATURDAY)
