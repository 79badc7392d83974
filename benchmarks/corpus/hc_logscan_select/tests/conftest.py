import pytest

from logscan.parser import parse_lines

LOG = """\
2024-03-01T12:00:00 INFO [web] started on :8080
2024-03-01T12:00:01 DEBUG [db] pool size 4
2024-03-01T12:00:05 WARNING [billing] invoice 42 is late
Traceback (most recent call last):
2024-03-01T12:01:00 ERROR [billing] charge failed for 42
2024-03-01T12:02:30 INFO [web] GET /health 200
2024-03-01T12:03:00 ERROR [db] connection reset
"""


@pytest.fixture
def entries():
    return parse_lines(LOG.splitlines())
